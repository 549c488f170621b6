package io.statements.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Installs {@link ContractFilter} into RestAssured for every test, so no API test can forget it. Registered twice
 * through {@code META-INF/services}: as a Quarkus test callback, because {@code @QuarkusTest} classes run in
 * Quarkus' own class loader with their own copy of RestAssured, and as an auto-detected JUnit extension
 * ({@code junit-platform.properties}) for tests outside it, such as {@code @QuarkusIntegrationTest}.
 */
public class ContractValidation implements BeforeAllCallback, QuarkusTestBeforeEachCallback {

    /** Set while regenerating the contract: the old file must not judge the new API. */
    public static final String UPDATE_PROPERTY = "contract.update";

    private static boolean installed;

    @Override
    public void beforeAll(ExtensionContext context) {
        install();
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        install();
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        RestAssured.filters(new TestCredentials()); // credentials by default (auth); see TestCredentials
        if (!Boolean.getBoolean(UPDATE_PROPERTY)) {
            RestAssured.filters(new ContractFilter(Contract.PATH));
        }
        installed = true;
    }
}
