package io.lambdasim.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layer diagram of ARCHITECTURE.md true: app → pricing-model → {workload-generator, pricing-data}, and
 * nothing below {@code app} touches a GUI, charting or PDF library or the standard streams.
 *
 * <p>The Maven module dependencies already forbid most upward imports; these rules also catch a GUI or PDF library
 * that leaks into a lower module's classpath, packages inside one module that point the wrong way, and cycles. Every
 * rule allows an empty subject, because some packages are still nearly empty.
 */
class ArchitectureTest {

    private static final String ROOT = "io.lambdasim";
    private static final String PRICE_DATA = "io.lambdasim.pricedata..";
    private static final String WORKLOAD = "io.lambdasim.workload..";
    private static final String MODEL = "io.lambdasim.model..";
    private static final String APP = "io.lambdasim.app..";

    /** GUI, charting and PDF libraries: the app's business only. */
    private static final String[] PRESENTATION_LIBRARIES = {
            "javafx..", "java.awt..", "javax.swing..", "org.jfree..", "org.apache.pdfbox..", "de.rototor.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void libraryModulesDoNotUseGuiChartOrPdfLibraries() {
        noClasses().that().resideInAnyPackage(PRICE_DATA, WORKLOAD, MODEL)
                .should().dependOnClassesThat().resideInAnyPackage(PRESENTATION_LIBRARIES)
                .because("only the app module may draw windows, charts or PDFs (ARCHITECTURE.md)")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void priceDataDependsOnNoOtherLambdaSimModule() {
        noClasses().that().resideInAPackage(PRICE_DATA)
                .should().dependOnClassesThat().resideInAnyPackage(WORKLOAD, MODEL, APP)
                .because("pricing-data is the bottom layer")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void workloadDoesNotDependOnModelOrApp() {
        noClasses().that().resideInAPackage(WORKLOAD)
                .should().dependOnClassesThat().resideInAnyPackage(MODEL, APP)
                .because("workload-generator sits below pricing-model")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void modelDoesNotDependOnApp() {
        noClasses().that().resideInAPackage(MODEL)
                .should().dependOnClassesThat().resideInAPackage(APP)
                .because("pricing-model sits below app")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void libraryCodeDoesNotWriteToStandardStreams() {
        noClasses().that().resideInAPackage(ROOT + "..").and().resideOutsideOfPackage(APP)
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("library code reports through return values, exceptions and callbacks; only the app prints")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching(ROOT + ".(**)")
                .should().beFreeOfCycles()
                .allowEmptyShould(true)
                .check(classes);
    }
}
