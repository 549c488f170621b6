package io.statements.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/** Zipf-distributed indexes (exponent 1): rank r is drawn with probability proportional to 1/(r+1). */
final class Zipf {

    private static final Map<Integer, double[]> CUMULATIVE = new ConcurrentHashMap<>();

    private Zipf() {
    }

    static int index(int n, Random random) {
        double[] cumulative = CUMULATIVE.computeIfAbsent(n, Zipf::table);
        int i = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[n - 1]);
        return Math.min(n - 1, i >= 0 ? i : -i - 1);
    }

    private static double[] table(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1.0 / (r + 1);
            cumulative[r] = sum;
        }
        return cumulative;
    }
}
