package io.statements.extraction.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Session n72d: a `chief` title that heads a body names its boss. News calls the chief executive of a company or a
 * union, the chief justice of a judiciary and the chief constable of a police force by the informal `boss` or `chief`
 * (`Rugby Norland boss Ada Lunt` ... `The chief executive said`; `Chief Justice Ivo Lund` ... `the judiciary boss
 * said`), so {@link PersonRecords} records these compounds with the noun `chief` as well (boss/chief/head/CEO are one
 * noun there). Only the titles of a body's head: a chief economist, a chief financial officer or a chief whip is
 * nobody's boss.
 */
final class ChiefTitles {
    /** Canonical nouns that after `chief` make the head of a body (`justice` is canonical `judge`). */
    private static final Set<String> HEADS = Lexicon.words("executive judge constable");

    private ChiefTitles() {
    }

    /** How many of the last modifiers make a head-of-body compound with the canonical noun, or 0. */
    static int words(List<String> mods, String noun) {
        int n = mods.size();
        if (n >= 1 && mods.get(n - 1).equals("chief") && HEADS.contains(noun)) {
            return 1; // `chief executive`, `Chief Justice`
        }
        return n >= 2 && noun.equals("officer") && mods.get(n - 1).equals("executive") && mods.get(n - 2).equals("chief")
                ? 2 : 0; // `chief executive officer`
    }

    /** The `chief` records the head-of-body compounds among the records give, with the modifiers before `chief`. */
    static List<PersonRecords.Role> bosses(List<PersonRecords.Role> roles) {
        List<PersonRecords.Role> out = new ArrayList<>(0);
        for (PersonRecords.Role role : roles) {
            int k = words(role.mods(), role.noun());
            if (k > 0) {
                out.add(new PersonRecords.Role(role.person(), "chief", role.mods().subList(0, role.mods().size() - k), -1));
            }
        }
        return out;
    }
}
