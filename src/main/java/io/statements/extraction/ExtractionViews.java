package io.statements.extraction;

import io.statements.extraction.core.Channel;
import io.statements.extraction.core.ExtractedStatement;
import io.statements.extraction.core.SpeakerKind;
import io.statements.extraction.core.Stance;
import io.statements.extraction.core.StatementKind;
import io.statements.extraction.core.TextSpan;
import io.statements.speaker.SpeakerEntity;

import java.util.Optional;

/**
 * Maps the extractor's records and enums onto the API's; exhaustive switches catch drift at compile time. Public for
 * the write side of articles (io.statements.article.evidence), which stores what POST /extractions returns.
 */
public final class ExtractionViews {

    private ExtractionViews() {
    }

    public static ExtractionStatement view(ExtractedStatement s, Optional<SpeakerEntity> stored) {
        return new ExtractionStatement(s.text(), kind(s.kind()),
                new OffsetRange(s.content().start(), s.content().end()),
                s.segments().stream().map(g -> new OffsetRange(g.start(), g.end())).toList(),
                s.cue() == null ? null : s.cue().text(), range(s.cue()),
                range(s.speakerMention()),
                speaker(s, stored), s.via(), channel(s.channel()), confidence(s.confidence()), stance(s.stance()),
                s.stanceTarget(), range(s.stanceEvidence()));
    }

    public static io.statements.statement.Stance stance(Stance stance) {
        if (stance == null) {
            return null;
        }
        return switch (stance) {
            case SUPPORT -> io.statements.statement.Stance.SUPPORT;
            case OPPOSE -> io.statements.statement.Stance.OPPOSE;
            case NEUTRAL -> io.statements.statement.Stance.NEUTRAL;
        };
    }

    /** The stored speaker's own name and kind when one matches: that is who the statement will be filed under. */
    public static ResolvedSpeaker speaker(ExtractedStatement s, Optional<SpeakerEntity> stored) {
        if (s.speakerName() == null) {
            return null;
        }
        // the title and affiliation as this article gives them; a stored speaker's own when the mention gives none
        return stored.map(e -> new ResolvedSpeaker(e.id, e.name, e.kind,
                        s.speakerTitle() != null ? s.speakerTitle() : e.title,
                        s.speakerTitle() != null ? s.speakerAffiliation() : e.affiliation))
                .orElseGet(() -> new ResolvedSpeaker(null, s.speakerName(), speakerKind(s.speakerKind()),
                        s.speakerTitle(), s.speakerAffiliation()));
    }

    public static TextRange range(TextSpan span) {
        return span == null ? null : new TextRange(span.start(), span.end(), span.text());
    }

    public static double confidence(double value) {
        return Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000.0;
    }

    public static io.statements.statement.StatementKind kind(StatementKind kind) {
        return switch (kind) {
            case DIRECT -> io.statements.statement.StatementKind.DIRECT;
            case PARTIAL -> io.statements.statement.StatementKind.PARTIAL;
            case INDIRECT -> io.statements.statement.StatementKind.INDIRECT;
        };
    }

    public static io.statements.speaker.SpeakerKind speakerKind(SpeakerKind kind) {
        if (kind == null) {
            return io.statements.speaker.SpeakerKind.PERSON;
        }
        return switch (kind) {
            case PERSON -> io.statements.speaker.SpeakerKind.PERSON;
            case ORGANIZATION -> io.statements.speaker.SpeakerKind.ORGANIZATION;
            case GROUP -> io.statements.speaker.SpeakerKind.GROUP;
            case ANONYMOUS -> io.statements.speaker.SpeakerKind.ANONYMOUS;
        };
    }

    public static io.statements.statement.Channel channel(Channel channel) {
        if (channel == null) {
            return null;
        }
        return switch (channel) {
            case STATEMENT -> io.statements.statement.Channel.STATEMENT;
            case TWEET -> io.statements.statement.Channel.TWEET;
            case PRESS_CONFERENCE -> io.statements.statement.Channel.PRESS_CONFERENCE;
            case INTERVIEW -> io.statements.statement.Channel.INTERVIEW;
            case PHONE_CALL -> io.statements.statement.Channel.PHONE_CALL;
            case READOUT -> io.statements.statement.Channel.READOUT;
            case SPEECH -> io.statements.statement.Channel.SPEECH;
            case OTHER -> io.statements.statement.Channel.OTHER;
        };
    }

    /** At most {@code max} chars, never cutting a surrogate pair: for the bounded columns of stored statements. */
    public static String clip(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }
}
