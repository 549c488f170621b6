// Same-JVM A/B of two builds of the extractor core: each in its own class loader, measured passes alternating
// between them (and which goes first), compared pass by pair on the thread's CPU time. On a shared machine whose
// speed changes from minute to minute this compares like with like; separate runs of throughput.sh do not.
// Usage: java bench/extraction/InterleavedAB.java DIR OLD_CLASSES NEW_CLASSES WARMUP PASSES (bench/extraction/ab.sh)
import java.lang.management.*;
import java.lang.reflect.*;
import java.net.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;

/** Same-JVM A/B: loads two builds of the extractor in separate class loaders and alternates passes between them. */
public class InterleavedAB {
    public static void main(String[] a) throws Exception {
        Path dir = Path.of(a[0]);
        int warm = Integer.parseInt(a[3]), passes = Integer.parseInt(a[4]);
        List<String> texts = new ArrayList<>();
        try (var st = Files.list(dir)) {
            for (Path p : st.filter(p -> p.toString().endsWith(".txt")).sorted().toList())
                texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
        }
        Object[] ex = new Object[2]; Method[] m = new Method[2];
        for (int k = 0; k < 2; k++) {
            ClassLoader cl = new URLClassLoader(new URL[]{Path.of(a[1 + k]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            Class<?> c = cl.loadClass("io.statements.extraction.core.StatementExtractor");
            Constructor<?> ctor = c.getDeclaredConstructor(); ctor.setAccessible(true);
            ex[k] = ctor.newInstance();
            m[k] = c.getMethod("extract", String.class); m[k].setAccessible(true);
        }
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[][] cpuT = new long[2][passes]; long[][] wall = new long[2][passes];
        long sink = 0;
        for (int i = 0; i < warm; i++) for (int k = 0; k < 2; k++) for (String t : texts) sink += ((List<?>) m[k].invoke(ex[k], t)).size();
        for (int i = 0; i < passes; i++) {
            for (int kk = 0; kk < 2; kk++) {
                int k = (i % 2 == 0) ? kk : 1 - kk; // alternate which goes first
                long c0 = cpu.getCurrentThreadCpuTime(), t0 = System.nanoTime();
                for (String t : texts) sink += ((List<?>) m[k].invoke(ex[k], t)).size();
                wall[k][i] = System.nanoTime() - t0; cpuT[k][i] = cpu.getCurrentThreadCpuTime() - c0;
            }
        }
        String[] lab = {"old", "new"};
        double[] med = new double[2];
        for (int k = 0; k < 2; k++) {
            long[] c = cpuT[k].clone(); Arrays.sort(c); long[] w = wall[k].clone(); Arrays.sort(w);
            long sumc = 0; for (long x : c) sumc += x;
            med[k] = c[c.length / 2];
            System.out.printf("%s: cpu median %.0f art/s, cpu best %.0f, cpu mean %.0f, wall median %.0f art/s%n", lab[k],
                texts.size() / (c[c.length / 2] / 1e9), texts.size() / (c[0] / 1e9), texts.size() * (double) passes / (sumc / 1e9),
                texts.size() / (w[w.length / 2] / 1e9));
        }
        // per-pair ratios
        double[] r = new double[passes];
        for (int i = 0; i < passes; i++) r[i] = (double) cpuT[0][i] / cpuT[1][i];
        Arrays.sort(r);
        System.out.printf("speed-up new/old (cpu, median of paired passes): %.3f  [p25 %.3f, p75 %.3f]  sink %d%n", r[passes / 2], r[passes / 4], r[3 * passes / 4], sink);
    }
}
