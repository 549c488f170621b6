package io.statements.web;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A profile of its own gives the web page tests a fresh database (test resources restart with the profile), so
 * what the page shows, and the screenshots, contain only the sample data these tests load.
 */
public class WebPageProfile implements QuarkusTestProfile {
}
