import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * API-key lookup cost (run by bench/auth/run.sh against a freshly started service with anonymous reads on):
 * GET /statements/{id} of one stored statement, by THREADS clients for SECONDS per round, alternating rounds
 * without credentials (the baseline), with a reader API key, and with the configured bootstrap key (verified by
 * its hash alone, no database). Prints requests/second of each (median of 5 rounds) and the median of the rounds'
 * ratios to anonymous.
 */
public class AuthBench {

    public static void main(String[] args) throws Exception {
        String api = args[0];
        String adminKey = args[1];
        int seconds = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        String readerKey = field(post(http, api + "/api-keys", adminKey,
                "{\"name\":\"bench-reader\",\"roles\":[\"reader\"]}"), "key");
        String id = field(post(http, api + "/statements", adminKey, """
                {"text":"The tunnel reopens on Monday after the inspection","kind":"DIRECT",
                 "speaker":{"name":"Imke Vogelsang","kind":"PERSON"},
                 "outlet":{"name":"Harbour Gazette","domain":"harbour-gazette.example"}}"""), "id");
        String url = api + "/statements/" + id;

        String[] names = {"anonymous", "api key", "bootstrap key"};
        String[] credentials = {null, readerKey, adminKey};
        for (int warm = 0; warm < 2; warm++) {
            run(http, url, credentials, threads, seconds); // JIT, connection pools, caches of every path
        }
        // Rounds alternate the three kinds back to back; each round's ratios compare neighbours in time, so a
        // machine whose load drifts (others' builds) moves numerator and denominator together.
        List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<List<Double>> ratios = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < ROUNDS; round++) {
            double[] r = new double[credentials.length];
            for (int c = 0; c < credentials.length; c++) {
                r[c] = rate(http, url, credentials[c], threads, seconds);
                rates.get(c).add(r[c]);
            }
            for (int c = 0; c < credentials.length; c++) {
                ratios.get(c).add(r[c] / r[0]);
            }
        }
        for (int c = 0; c < names.length; c++) {
            System.out.printf("%-14s median %7.0f requests/s (rounds %s)  ratio to anonymous: median of rounds %.2f%n",
                    names[c], median(rates.get(c)), rates.get(c).stream().map(x -> String.format("%.0f", x)).toList(),
                    median(ratios.get(c)));
        }
    }

    static final int ROUNDS = 5;

    static void run(HttpClient http, String url, String[] credentials, int threads, int seconds) throws Exception {
        for (String credential : credentials) {
            rate(http, url, credential, threads, seconds);
        }
    }

    static double rate(HttpClient http, String url, String credential, int threads, int seconds) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json");
        if (credential != null) {
            builder.header("Authorization", "Bearer " + credential);
        }
        HttpRequest request = builder.build();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        (status == 200 ? done : failed).incrementAndGet();
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            worker.start();
            workers.add(worker);
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " requests failed (" + (credential == null ? "anonymous" : "with a key") + ")");
        }
        return done.get() / elapsed;
    }

    static String post(HttpClient http, String url, String key, String json) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST " + url + " -> " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
