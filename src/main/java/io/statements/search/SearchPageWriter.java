package io.statements.search;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statements.article.ArticleSummary;
import io.statements.common.IsoInstants;
import io.statements.outlet.OutletSummary;
import io.statements.speaker.SpeakerSummary;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;

/**
 * Writes a page of search results as JSON with a streaming generator, in one piece with a Content-Length.
 * A page is the API's hottest response (20-100 statements with their speaker, outlet and article); the
 * generic bean serializer and the multi-chunk write it leads to cost more CPU than the SQL query behind the
 * page. The output is the same JSON the application's ObjectMapper would write (snake_case, absent values
 * omitted, ISO-8601 instants), which SearchPageWriterTest checks.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class SearchPageWriter implements ServerMessageBodyWriter<SearchPage> {

    private static final SerializableString ITEMS = name("items");
    private static final SerializableString NEXT_CURSOR = name("next_cursor");
    private static final SerializableString ID = name("id");
    private static final SerializableString TEXT = name("text");
    private static final SerializableString KIND = name("kind");
    private static final SerializableString SPEAKER = name("speaker");
    private static final SerializableString OUTLET = name("outlet");
    private static final SerializableString ARTICLE = name("article");
    private static final SerializableString CUE = name("cue");
    private static final SerializableString CHANNEL = name("channel");
    private static final SerializableString VIA = name("via");
    private static final SerializableString STANCE = name("stance");
    private static final SerializableString STANCE_TARGET = name("stance_target");
    private static final SerializableString TOPICS = name("topics");
    private static final SerializableString LANGUAGE = name("language");
    private static final SerializableString LANGUAGE_DETECTED = name("language_detected");
    private static final SerializableString STATED_AT = name("stated_at");
    private static final SerializableString REPORTED_AT = name("reported_at");
    private static final SerializableString ORIGIN = name("origin");
    private static final SerializableString CREATED_AT = name("created_at");
    private static final SerializableString UPDATED_AT = name("updated_at");
    private static final SerializableString VERSION = name("version");
    private static final SerializableString HIGHLIGHT = name("highlight");
    private static final SerializableString UTTERANCE = name("utterance");
    private static final SerializableString REPORTS = name("reports");
    private static final SerializableString FIRST_REPORTED_AT = name("first_reported_at");
    private static final SerializableString EXTERNAL_ID = name("external_id");
    private static final SerializableString NAME = name("name");
    private static final SerializableString TITLE = name("title");
    private static final SerializableString AFFILIATION = name("affiliation");
    private static final SerializableString DOMAIN = name("domain");
    private static final SerializableString URL = name("url");
    private static final SerializableString PUBLISHED_AT = name("published_at");

    /**
     * One output buffer per event-loop thread, reused: a fresh 20 KB buffer per page (zeroed, then grown and copied)
     * was a measurable share of a cheap search's CPU.
     */
    private static final ThreadLocal<ByteArrayOutputStream> BUFFER =
            ThreadLocal.withInitial(() -> new ByteArrayOutputStream(32 * 1024));
    private static final int KEPT_BUFFER_BYTES = 256 * 1024;

    private final JsonFactory json;
    private final boolean enabled;

    SearchPageWriter(ObjectMapper mapper, SearchConfig config) {
        this.json = mapper.getFactory();
        this.enabled = config.pageWriter() == SearchConfig.PageWriter.STREAMING;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return enabled && type == SearchPage.class;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return enabled && type == SearchPage.class;
    }

    @Override
    public void writeResponse(SearchPage page, Type genericType, ServerRequestContext context) throws IOException {
        context.serverResponse().end(toBytes(page));
    }

    @Override
    public void writeTo(SearchPage page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(toBytes(page));
    }

    byte[] toBytes(SearchPage page) throws IOException {
        ByteArrayOutputStream out = BUFFER.get();
        out.reset();
        try (JsonGenerator g = json.createGenerator(out)) {
            char[] instant = new char[IsoInstants.MAX_LENGTH];
            g.writeStartObject();
            g.writeFieldName(ITEMS);
            g.writeStartArray();
            for (StatementHit hit : page.items()) {
                write(g, hit, instant);
            }
            g.writeEndArray();
            if (page.nextCursor() != null) {
                g.writeFieldName(NEXT_CURSOR);
                g.writeString(page.nextCursor());
            }
            g.writeEndObject();
        }
        byte[] bytes = out.toByteArray();
        if (out.size() > KEPT_BUFFER_BYTES) {
            BUFFER.remove(); // a rare large page (100 long statements) does not stay in memory per thread
        }
        return bytes;
    }

    private static void write(JsonGenerator g, StatementHit hit, char[] instant) throws IOException {
        g.writeStartObject();
        string(g, ID, hit.id().toString());
        string(g, TEXT, hit.text());
        string(g, KIND, hit.kind().name());
        write(g, hit.speaker());
        write(g, hit.outlet());
        write(g, hit.article(), instant);
        string(g, CUE, hit.cue());
        string(g, CHANNEL, hit.channel() == null ? null : hit.channel().name());
        string(g, VIA, hit.via());
        string(g, STANCE, hit.stance() == null ? null : hit.stance().name());
        string(g, STANCE_TARGET, hit.stanceTarget());
        if (hit.topics() != null) {
            g.writeFieldName(TOPICS);
            g.writeStartArray();
            for (String topic : hit.topics()) {
                g.writeString(topic);
            }
            g.writeEndArray();
        }
        string(g, LANGUAGE, hit.language());
        g.writeFieldName(LANGUAGE_DETECTED);
        g.writeBoolean(hit.languageDetected());
        instant(g, STATED_AT, hit.statedAt(), instant);
        instant(g, REPORTED_AT, hit.reportedAt(), instant);
        string(g, ORIGIN, hit.origin().name());
        instant(g, CREATED_AT, hit.createdAt(), instant);
        instant(g, UPDATED_AT, hit.updatedAt(), instant);
        g.writeFieldName(VERSION);
        g.writeNumber(hit.version());
        if (hit.utterance() != null) {
            g.writeFieldName(UTTERANCE);
            g.writeStartObject();
            string(g, ID, hit.utterance().id().toString());
            g.writeFieldName(REPORTS);
            g.writeNumber(hit.utterance().reports());
            instant(g, FIRST_REPORTED_AT, hit.utterance().firstReportedAt(), instant);
            g.writeEndObject();
        }
        string(g, EXTERNAL_ID, hit.externalId());
        string(g, HIGHLIGHT, hit.highlight());
        g.writeEndObject();
    }

    private static void write(JsonGenerator g, SpeakerSummary speaker) throws IOException {
        g.writeFieldName(SPEAKER);
        g.writeStartObject();
        string(g, ID, speaker.id().toString());
        string(g, NAME, speaker.name());
        string(g, KIND, speaker.kind().name());
        string(g, TITLE, speaker.title());
        string(g, AFFILIATION, speaker.affiliation());
        g.writeEndObject();
    }

    private static void write(JsonGenerator g, OutletSummary outlet) throws IOException {
        g.writeFieldName(OUTLET);
        g.writeStartObject();
        string(g, ID, outlet.id().toString());
        string(g, NAME, outlet.name());
        string(g, DOMAIN, outlet.domain());
        g.writeEndObject();
    }

    private static void write(JsonGenerator g, ArticleSummary article, char[] instant) throws IOException {
        if (article == null) {
            return;
        }
        g.writeFieldName(ARTICLE);
        g.writeStartObject();
        string(g, ID, article.id().toString());
        string(g, URL, article.url());
        string(g, TITLE, article.title());
        instant(g, PUBLISHED_AT, article.publishedAt(), instant);
        g.writeEndObject();
    }

    private static void string(JsonGenerator g, SerializableString name, String value) throws IOException {
        if (value != null) {
            g.writeFieldName(name);
            g.writeString(value);
        }
    }

    private static void instant(JsonGenerator g, SerializableString name, Instant value, char[] buffer)
            throws IOException {
        if (value == null) {
            return;
        }
        g.writeFieldName(name);
        int length = IsoInstants.write(value, buffer);
        if (length < 0) {
            g.writeString(IsoInstants.format(value));
        } else {
            g.writeString(buffer, 0, length);
        }
    }

    private static SerializableString name(String value) {
        return new SerializedString(value);
    }
}
