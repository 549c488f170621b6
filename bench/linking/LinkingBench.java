import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Linking evaluation through the API. Gold: the seeds' cluster field (read here, at bench time, from
 * ../shared/eval/seeds) and bench/linking/fixtures.jsonl (invented). Scores what the API answers: each stored
 * statement's utterance.id. Pairwise precision/recall/F1 over pairs of reports from different articles, and B-cubed.
 *
 * Usage: java -cp <jackson jars> LinkingBench.java BASE_URL SEEDS_DIR FIXTURES
 */
public class LinkingBench {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static String base;

    /** One gold report: its article, its gold cluster (null: a singleton) and the utterance the API gave it. */
    record Item(String set, String article, String cluster, String utterance, String text) {
    }

    public static void main(String[] args) throws Exception {
        base = args[0];
        Path seeds = Path.of(args[1]);
        Path fixtures = Path.of(args[2]);
        String run = Long.toString(System.currentTimeMillis(), 36);

        List<JsonNode> seedRows = new ArrayList<>();
        Map<String, String> seedTexts = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".jsonl")) {
                    for (String line : Files.readAllLines(f)) {
                        if (!line.isBlank()) {
                            ObjectNode n = (ObjectNode) JSON.readTree(line);
                            n.put("article", name.replace(".jsonl", ""));
                            n.put("outlet", "seed-" + name.substring(0, 3) + ".example");
                            n.put("published_at", "2018-09-20T08:00:00Z");
                            seedRows.add(n);
                        }
                    }
                } else if (name.endsWith(".txt")) {
                    seedTexts.put(name.replace(".txt", ""), Files.readString(f));
                }
            }
        }
        List<JsonNode> fixtureRows = new ArrayList<>();
        for (String line : Files.readAllLines(fixtures)) {
            if (!line.isBlank()) {
                fixtureRows.add(JSON.readTree(line));
            }
        }

        System.out.println("== Stored directly (POST /statements, gold speaker names and texts) ==");
        List<Item> seedItems = storeDirect("seeds", seedRows, "d" + run);
        List<Item> fixtureItems = storeDirect("fixtures", fixtureRows, "d" + run);
        report("seeds", seedItems);
        report("fixtures", fixtureItems);
        List<Item> all = new ArrayList<>(seedItems);
        all.addAll(fixtureItems);
        report("all", all);

        System.out.println("== End to end (POST /articles: extraction, speaker resolution, linking) ==");
        List<Item> e2eSeeds = endToEnd(seedRows, seedTexts, "e" + run);
        Map<String, String> fixtureArticles = fixtureArticles(fixtureRows);
        List<Item> e2eFixtures = endToEnd(fixtureRows, fixtureArticles, "e" + run);
        report("seeds", e2eSeeds);
        report("fixtures", e2eFixtures);
        List<Item> e2eAll = new ArrayList<>(e2eSeeds);
        e2eAll.addAll(e2eFixtures);
        report("all", e2eAll);
    }

    /** Every gold report as a statement; speakers are named (per run, so runs never meet), outlets by domain. */
    static List<Item> storeDirect(String set, List<JsonNode> rows, String run) throws Exception {
        List<Item> items = new ArrayList<>();
        for (JsonNode r : rows) {
            ObjectNode body = JSON.createObjectNode();
            body.put("text", r.path("quote").asText());
            body.put("kind", kind(r.path("kind").asText()));
            body.putObject("speaker").put("name", r.path("speaker").asText() + " " + run).put("kind", "PERSON");
            body.putObject("outlet").put("domain", run + "." + r.path("outlet").asText());
            ObjectNode article = body.putObject("article");
            article.put("url", "https://" + run + "." + r.path("outlet").asText() + "/" + r.path("article").asText());
            article.put("published_at", r.path("published_at").asText());
            if (r.hasNonNull("stated_at")) {
                body.put("stated_at", r.path("stated_at").asText());
            }
            JsonNode created = send("POST", "/statements", body);
            items.add(new Item(set, r.path("article").asText(), cluster(r), created.path("utterance").path("id").asText(),
                    r.path("quote").asText()));
        }
        return items;
    }

    /**
     * Articles through POST /articles; each gold quote is then found among the article's stored statements (the
     * one containing most of its words) and takes that statement's utterance. A gold quote not extracted is a
     * report of its own: a miss when its cluster has others.
     */
    static List<Item> endToEnd(List<JsonNode> rows, Map<String, String> texts, String run) throws Exception {
        Map<String, List<JsonNode>> stored = new HashMap<>();
        Map<String, String> outlets = new HashMap<>();
        Map<String, String> published = new HashMap<>();
        for (JsonNode r : rows) {
            outlets.put(r.path("article").asText(), r.path("outlet").asText());
            published.put(r.path("article").asText(), r.path("published_at").asText());
        }
        for (Map.Entry<String, String> a : texts.entrySet()) {
            String domain = run + "." + outlets.getOrDefault(a.getKey(), "unknown.example");
            String url = "https://" + domain + "/" + a.getKey();
            ObjectNode body = JSON.createObjectNode();
            body.put("text", a.getValue());
            body.putObject("outlet").put("domain", domain);
            body.put("url", url);
            body.put("published_at", published.getOrDefault(a.getKey(), "2018-09-20T08:00:00Z"));
            send("POST", "/articles", body);
            List<JsonNode> statements = new ArrayList<>();
            String cursor = null;
            do {
                JsonNode page = send("GET", "/statements?limit=100&article_url=" + enc(url)
                        + (cursor == null ? "" : "&cursor=" + enc(cursor)), null);
                page.path("items").forEach(statements::add);
                cursor = page.hasNonNull("next_cursor") ? page.path("next_cursor").asText() : null;
            } while (cursor != null);
            stored.put(a.getKey(), statements);
        }
        List<Item> items = new ArrayList<>();
        int found = 0;
        for (JsonNode r : rows) {
            JsonNode best = null;
            double bestShare = 0.5;
            for (JsonNode s : stored.getOrDefault(r.path("article").asText(), List.of())) {
                double share = containment(r.path("quote").asText(), s.path("text").asText());
                if (share > bestShare) {
                    best = s;
                    bestShare = share;
                }
            }
            found += best == null ? 0 : 1;
            items.add(new Item("e2e", r.path("article").asText(), cluster(r),
                    best == null ? "missing:" + items.size() : best.path("utterance").path("id").asText(),
                    best == null ? r.path("quote").asText() : best.path("text").asText()));
        }
        System.out.printf("  extraction found %d of %d gold quotes%n", found, rows.size());
        return items;
    }

    /** Invented articles for the fixtures: each report becomes a paragraph attributing its words. */
    static Map<String, String> fixtureArticles(List<JsonNode> rows) {
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        for (JsonNode r : rows) {
            String quote = r.path("quote").asText().replaceAll("^[\u201C\"]|[\u201D\"]$", "")
                    .replaceAll("[.!?,\\s]+$", "");
            String speaker = r.path("speaker").asText();
            String paragraph = r.path("kind").asText().equals("indirect")
                    ? speaker + " said that " + quote + "."
                    : "\u201C" + quote + ",\u201D " + speaker + " said.";
            texts.computeIfAbsent(r.path("article").asText(), k -> new StringBuilder()).append(paragraph).append("\n\n");
        }
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }

    static void report(String name, List<Item> items) {
        long tp = 0, fp = 0, fn = 0;
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                Item a = items.get(i), b = items.get(j);
                if (a.article().equals(b.article()) || !a.set().equals(b.set())) {
                    continue;
                }
                boolean gold = a.cluster() != null && a.cluster().equals(b.cluster());
                boolean predicted = a.utterance().equals(b.utterance());
                if (gold && predicted) tp++;
                else if (predicted) fp++;
                else if (gold) fn++;
                if (gold != predicted && VERBOSE && !name.equals("all")) {
                    System.out.printf("    %s %s|%s: %s || %s%n", gold ? "missed" : "wrong ", a.article(), b.article(),
                            clip(a.text()), clip(b.text()));
                }
            }
        }
        double p = tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        double bp = 0, br = 0;
        for (Item a : items) {
            Set<Item> gold = new HashSet<>(), pred = new HashSet<>();
            for (Item b : items) {
                if (!a.set().equals(b.set())) continue;
                if (a == b || a.cluster() != null && a.cluster().equals(b.cluster())) gold.add(b);
                if (a.utterance().equals(b.utterance())) pred.add(b);
            }
            Set<Item> both = new HashSet<>(gold);
            both.retainAll(pred);
            bp += both.size() / (double) pred.size();
            br += both.size() / (double) gold.size();
        }
        bp /= items.size();
        br /= items.size();
        System.out.printf("  %-8s cross-article pairs: P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d) | B-cubed: P %.3f R %.3f F1 %.3f (%d reports)%n",
                name, p, r, f1(p, r), tp, fp, fn, bp, br, f1(bp, br), items.size());
    }

    static final boolean VERBOSE = System.getenv("BENCH_VERBOSE") != null;

    static String clip(String s) {
        return s.length() > 90 ? s.substring(0, 90) + "…" : s;
    }

    static double containment(String quote, String text) {
        List<String> q = words(quote);
        Set<String> t = new HashSet<>(words(text));
        if (q.isEmpty()) return 0;
        return q.stream().filter(t::contains).count() / (double) q.size();
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase().split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) out.add(w);
        }
        return out;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static String cluster(JsonNode r) {
        return r.hasNonNull("cluster") ? r.path("cluster").asText() : null;
    }

    static String kind(String gold) {
        return switch (gold) {
            case "partial" -> "PARTIAL";
            case "indirect" -> "INDIRECT";
            default -> "DIRECT";
        };
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static JsonNode send(String method, String path, JsonNode body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Authorization", "Bearer " + System.getenv("BENCH_API_KEY"));
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
