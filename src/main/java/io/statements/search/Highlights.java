package io.statements.search;

/**
 * PostgreSQL marks matches with control characters (which never occur in stored text); the text is
 * HTML-escaped first and only then are the marks turned into tags, so a statement quoting HTML can
 * never inject markup into a client that renders the highlight.
 */
final class Highlights {

    private Highlights() {
    }

    static String html(String marked) {
        if (marked == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(marked.length() + 32);
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case '\u0002' -> out.append("<mark>");
                case '\u0003' -> out.append("</mark>");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
