package io.statements.ops;

import io.quarkus.resteasy.reactive.server.runtime.ResteasyReactiveRecorder;
import io.quarkus.resteasy.reactive.server.runtime.observability.ObservabilityIntegrationRecorder;
import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.util.function.BiConsumer;

/**
 * Quarkus REST, with metrics on, resolves every request's route template ahead of the REST layer
 * ({@code ObservabilityIntegrationRecorder.setTemplatePath}), in case authentication fails before the REST layer
 * names the template itself: it builds a new request mapper of every resource class each time, 4 % of the event
 * loop's samples in a profile of cheap searches (#16). Here the same template is resolved only when authentication
 * actually fails, just before the failure is handled as Quarkus REST would: the {@code uri} tag of every request,
 * refused or not, stays what it was (MetricSeriesTest).
 * <p>
 * Order: Quarkus adds its HTTP filters as routes of order {@code -priority} after the observers of {@link Router}
 * have added theirs, and routes of one order run in the order they were added. Authentication (priority 200) sets
 * the default failure handler, this route (order -199) replaces it, and Quarkus REST's own filter (priority 199),
 * which would resolve the template and install its failing handler, finds the default one gone and does neither.
 * Should the order ever change, Quarkus REST's filter finds its default handler and works as before.
 */
@Singleton
class TemplatePathOnFailure {

    static final String AUTH_FAILURE_HANDLER = "io.quarkus.vertx.http.auth-failure-handler";
    private static final Logger LOG = Logger.getLogger(TemplatePathOnFailure.class);

    /** Quarkus REST's failing handler (ResteasyReactiveRecorder.FailingDefaultAuthFailureHandler), template first. */
    static final BiConsumer<RoutingContext, Throwable> FAIL = (context, failure) -> {
        try {
            ObservabilityIntegrationRecorder.setTemplatePath(context, ResteasyReactiveRecorder.getCurrentDeployment());
        } catch (RuntimeException e) {
            LOG.debug("Unable to set template path for observability", e);
        }
        DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(context, failure);
        if (!context.failed()) {
            context.fail(DefaultAuthFailureHandler.extractRootCause(failure));
        }
    };

    void install(@Observes Router router) {
        router.route().order(-199).handler(TemplatePathOnFailure::replace);
    }

    private static void replace(RoutingContext context) {
        if (context.get(AUTH_FAILURE_HANDLER) instanceof DefaultAuthFailureHandler) {
            context.put(AUTH_FAILURE_HANDLER, FAIL);
        }
        context.next();
    }
}
