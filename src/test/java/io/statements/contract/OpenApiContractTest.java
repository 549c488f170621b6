package io.statements.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.statements.support.Contract;
import io.statements.support.ContractValidation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The served OpenAPI document must equal the committed {@code openapi/openapi.yaml} as parsed documents.
 * Regenerate the file after an API change with
 * {@code ./mvnw test -Dtest=OpenApiContractTest -Dcontract.update=true}.
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void servedDocumentMatchesCommittedContract() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        if (Boolean.getBoolean(ContractValidation.UPDATE_PROPERTY)) {
            Files.createDirectories(Contract.PATH.getParent());
            Files.writeString(Contract.PATH, served);
            return;
        }
        assertTrue(Files.exists(Contract.PATH), "missing " + Contract.PATH + "; generate it with "
                + "./mvnw test -Dtest=OpenApiContractTest -Dcontract.update=true");
        JsonNode committed = Contract.committed();
        List<String> differences = Contract.differences(committed, Contract.parse(served), 40);
        if (!differences.isEmpty()) {
            fail("The API no longer matches " + Contract.PATH + " (review, then regenerate with "
                    + "./mvnw test -Dtest=OpenApiContractTest -Dcontract.update=true):\n  "
                    + String.join("\n  ", differences));
        }
    }

    @Test
    void differencesAreFoundStructurallyNotTextually() {
        JsonNode a = Contract.parse("openapi: 3.0.3\npaths:\n  /x: {get: {summary: one}}\n");
        JsonNode sameReformatted = Contract.parse("{\"paths\": {\"/x\": {\"get\": {\"summary\": \"one\"}}}, \"openapi\": \"3.0.3\"}");
        JsonNode changed = Contract.parse("openapi: 3.0.3\npaths:\n  /x: {get: {summary: two}}\n");
        assertTrue(Contract.differences(a, sameReformatted, 10).isEmpty());
        assertTrue(Contract.differences(a, changed, 10).contains("/paths/~1x/get/summary: committed \"one\" but served \"two\""));
    }
}
