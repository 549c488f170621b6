package io.statements.support;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract check must be installed for every test and must fail on what a contract does not document. */
@QuarkusTest
class ContractFilterTest {

    /** Documents only GET /outlets with limit up to 5 and a 200 whose page has no next_cursor. */
    private static final ContractFilter NARROW = new ContractFilter(Path.of("src/test/resources/contract/narrow.yaml"));

    @Test
    void everyTestRunsWithTheCommittedContract() {
        assertTrue(RestAssured.filters().stream().anyMatch(ContractFilter.class::isInstance),
                "ContractValidation did not install the contract filter");
    }

    @Test
    void undocumentedResponseFieldFails() {
        for (int i = 0; i < 2; i++) { // two outlets at least, so a page of one has a next_cursor
            given().contentType(ContentType.JSON).body("{\"domain\": \"%s\", \"name\": \"Narrow\"}"
                    .formatted(Fixtures.domain())).post("/outlets").then().statusCode(201);
        }
        AssertionError error = assertThrows(AssertionError.class,
                () -> given().filter(NARROW).get("/outlets?limit=1"));
        assertTrue(error.getMessage().contains("breaks the contract"), error.getMessage());
    }

    @Test
    void undocumentedStatusFails() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> given().filter(NARROW).get("/outlets?limit=0"));
        assertTrue(error.getMessage().contains("400"), error.getMessage());
    }

    @Test
    void requestThatBreaksTheContractFailsWhenAccepted() {
        AssertionError error = assertThrows(AssertionError.class,
                () -> given().filter(NARROW).get("/outlets?limit=9"));
        assertTrue(error.getMessage().contains("breaks the contract"), error.getMessage());
    }
}
