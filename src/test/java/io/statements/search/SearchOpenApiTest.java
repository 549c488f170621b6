package io.statements.search;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SearchOpenApiTest {

    @Test
    void everySearchParameterIsDocumentedWithAnExample() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        Set<String> filters = new TreeSet<>(FilterParams.NAMES);
        check(doc, "/statements", with(filters, "sort", "cursor", "limit", "collapse"));
        check(doc, "/statements/facets", with(filters, "facet", "collapse"));
        check(doc, "/stances", with(filters, "limit"));
    }

    private static void check(JsonPath doc, String path, Set<String> expected) {
        List<Map<String, Object>> parameters = doc.getList("paths.'" + path + "'.get.parameters");
        assertNotNull(parameters, path + " is documented");
        Set<String> names = new TreeSet<>();
        for (Map<String, Object> p : parameters) {
            String name = (String) p.get("name");
            names.add(name);
            assertTrue(p.get("description") instanceof String d && !d.isBlank(), path + " " + name + " has a description");
            if (!name.equals("cursor")) { // a made-up cursor would only earn a 400 in Swagger UI's "Try it out"
                assertNotNull(p.get("example"), path + " " + name + " has an example");
            }
        }
        assertEquals(expected, names, path + " documents exactly the parameters it accepts");
        Map<String, Object> responses = doc.getMap("paths.'" + path + "'.get.responses");
        assertTrue(responses.containsKey("200") && responses.containsKey("400"), path + " documents 200 and 400");
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new TreeSet<>(base);
        all.addAll(List.of(more));
        return all;
    }
}
