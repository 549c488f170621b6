package io.statements.speaker;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Java twin of the database's statements_name_key(): used to de-duplicate alias lists. */
final class NameKeys {

    private NameKeys() {
    }

    static String key(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.toLowerCase().replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** Aliases without blanks, without repeats and without the canonical name, in first-seen order. */
    static List<String> distinctAliases(String name, List<String> aliases) {
        Map<String, String> byKey = new LinkedHashMap<>();
        String nameKey = key(name);
        for (String alias : aliases == null ? List.<String>of() : aliases) {
            String trimmed = alias == null ? "" : alias.strip();
            String k = key(trimmed);
            if (!k.isEmpty() && !k.equals(nameKey)) {
                byKey.putIfAbsent(k, trimmed);
            }
        }
        return new ArrayList<>(byKey.values());
    }
}
