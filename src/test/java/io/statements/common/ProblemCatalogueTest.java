package io.statements.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Problem types are absolute URLs that resolve to their description, and every type the code uses is catalogued. */
@QuarkusTest
class ProblemCatalogueTest {

    @Test
    void aProblemTypeResolvesToItsDescription() {
        String type = given().contentType(ContentType.JSON).body("{}").post("/statements").then().statusCode(400)
                .extract().path("type");
        assertTrue(type.startsWith("http://") && type.endsWith("/problems/validation"), type);
        given().get(type).then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("Invalid request")).body(containsString("400"));
        given().accept(ContentType.JSON).get(type).then().statusCode(200).body("type", equalTo(type))
                .body("status", equalTo(400));
        given().get("/problems").then().statusCode(200).body("type", hasItem(type))
                .body("size()", equalTo(ProblemType.values().length));
        given().get("/problems/no-such-problem").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void everyProblemTypeTheCodeUsesIsCatalogued() throws IOException {
        Pattern literal = Pattern.compile("\"/problems/([a-z0-9-]+)\"");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        List<String> missing = used.stream().filter(slug -> ProblemType.bySlug(slug) == null).toList();
        assertEquals(List.of(), missing, "problem types used in code but missing from ProblemType (the catalogue)");
    }
}
