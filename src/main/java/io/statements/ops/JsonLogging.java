package io.statements.ops;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.jboss.logmanager.handlers.FileHandler;

import java.util.logging.Formatter;
import java.util.logging.Handler;

/**
 * One JSON object per console (and file) log line when {@code statements.log.json} is true (the container image and the
 * Kubernetes manifests set it), formatted by {@link JsonLogFormatter}, with the {@code request_id}. It swaps the console formatter at startup because quarkus-logging-json is not available
 * for this Quarkus version here; the few lines Quarkus logs before startup completes stay plain text.
 */
@ApplicationScoped
class JsonLogging {

    private final boolean enabled;

    JsonLogging(LogSettings settings) {
        this.enabled = settings.json();
    }

    void onStart(@Observes @Priority(1) StartupEvent event) {
        if (enabled) {
            Formatter json = formatter();
            for (Handler handler : LogContext.getLogContext().getLogger("").getHandlers()) {
                apply(handler, json);
            }
        }
    }

    static Formatter formatter() {
        return new JsonLogFormatter();
    }

    /** Console and file output; Quarkus nests them inside delaying/async handlers: walk the tree. */
    static void apply(Handler handler, Formatter json) {
        if (handler instanceof ConsoleHandler || handler instanceof FileHandler) {
            handler.setFormatter(json);
        }
        if (handler instanceof ExtHandler parent) {
            for (Handler child : parent.getHandlers()) {
                apply(child, json);
            }
        }
    }
}
