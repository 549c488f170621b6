package io.statements;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No package of the service depends on itself through others (README, "Layout"). Every Java package is its own
 * slice, subpackages included: io.statements.article.evidence may use io.statements.article, never the reverse.
 * Reads the compiled classes (field types, signatures, calls, annotations), so a dependency written with a fully
 * qualified name counts like an import.
 */
class PackageCyclesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.statements");

    @Test
    void noPackageCycles() {
        slices().matching("io.statements.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theRuleSeesTheWholeService() {
        // Guards against a vacuous pass (wrong package, classes not compiled yet).
        Set<String> packages = MAIN.stream().map(c -> c.getPackageName()).collect(Collectors.toSet());
        assertTrue(packages.containsAll(Set.of("io.statements.statement", "io.statements.article",
                "io.statements.article.evidence", "io.statements.extraction", "io.statements.search",
                "io.statements.common")), packages.toString());
    }
}
