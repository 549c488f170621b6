package io.statements.extraction.core;

import java.util.List;
import java.util.Set;

/**
 * Session n66f, rule title-case-headline-name: a title-case headline capitalises its verb and function words, so a
 * capitalised run taken as its speaker's name swallows them (`Vell Reacts To His Removal By The Board, Stating
 * "..."` gave a speaker `Vell Reacts To His Removal By The Board`). A name holds no capitalised pronoun, preposition
 * or article inside it, and a headline's speaker is somebody the body names: such a mention is cut back to its
 * longest opening words that resolve to a person or organisation whose name the body writes (`Vell`, Tomas Vell),
 * else left as it was.
 */
final class TitleCaseHeadlineNames {

    /** Function words a title-case headline capitalises and a person's name never holds inside. */
    private static final Set<String> INSIDE = Lexicon.words("""
            to his her their its by the a an for on in at after over with from as into against""");

    private TitleCaseHeadlineNames() {
    }

    static void apply(Doc d) {
        if (d.paraCount < 2) {
            return;
        }
        List<Tok> toks = d.toks;
        for (Stmt st : d.out) {
            Speaker sp = st.sp;
            if (sp == null || sp.name() == null || sp.me() <= sp.ms() || sp.me() > d.s.length() || sp.ms() < 0
                    || toks.get(d.tokenAt(st.cs)).para != 0) {
                continue;
            }
            int a = d.tokenAt(sp.ms()), e = d.tokenAt(sp.me() - 1);
            if (a < 0 || e <= a + 1 || toks.get(a).para != 0 || !capitalisedFunctionWord(toks, a, e)) {
                continue;
            }
            int body = bodyStart(toks, e);
            if (body < 0 || d.s.indexOf(sp.name(), body) >= 0) {
                continue; // the body writes the name so: an organisation `Friends of the Earth`
            }
            for (int end = e - 1; end >= a; end--) {
                Speaker cut = d.resolver.resolve(a, end);
                if (cut != null && cut.name() != null && !cut.name().isEmpty()
                        && (cut.kind() == SpeakerKind.PERSON || cut.kind() == SpeakerKind.ORGANIZATION)
                        && d.s.indexOf(cut.name(), body) >= 0) {
                    st.sp = new Speaker(cut.ms(), cut.me(), cut.mention(), cut.name(), cut.kind(), sp.channel());
                    break;
                }
            }
        }
    }

    /** A capitalised function word inside [a, e] (not first): a title-case headline's run, no name. */
    private static boolean capitalisedFunctionWord(List<Tok> toks, int a, int e) {
        for (int i = a + 1; i <= e; i++) {
            Tok t = toks.get(i);
            if (t.type == Tok.WORD && t.cap && INSIDE.contains(t.low)) {
                return true;
            }
        }
        return false;
    }

    /** The first character of the paragraph after the headline that holds [.., e], or -1. */
    private static int bodyStart(List<Tok> toks, int e) {
        for (int i = e + 1; i < toks.size(); i++) {
            if (toks.get(i).para > 0) {
                return toks.get(i).s;
            }
        }
        return -1;
    }
}
