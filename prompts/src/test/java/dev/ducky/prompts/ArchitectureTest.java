package dev.ducky.prompts;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * How the prompts module is layered: the moves, stages, intents and templates (dev.ducky.prompts) are the
 * vocabulary; the LangChain4j AI services (model) and the guard that checks phrasing (guard) build on it.
 */
@AnalyzeClasses(packages = "dev.ducky.prompts", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    // "(**)" captures the whole package name below dev.ducky, so every package is a slice of its own.
    @ArchTest
    static final ArchRule packagesHaveNoCycles = slices().matching("dev.ducky.(**)")
            .should().beFreeOfCycles()
            .because("a package that needs one above it can no longer be understood, tested or moved on its own");

    @ArchTest
    static final ArchRule usesNothingOfTheBot = noClasses()
            .should().dependOnClassesThat(resideInAPackage("dev.ducky..")
                    .and(DescribedPredicate.not(resideInAnyPackage("dev.ducky.prompts..", "dev.ducky.knowledge.."))))
            .orShould().dependOnClassesThat().resideInAnyPackage("io.micronaut..", "com.slack..")
            .because("prompts depends on knowledge at most: the bot wires the AI services, and prompt text"
                    + " lives nowhere else (DESIGN.md: Modules)");

    @ArchTest
    static final ArchRule vocabularyIsTheBottom = noClasses().that().resideInAPackage("dev.ducky.prompts")
            .should().dependOnClassesThat().resideInAnyPackage("dev.ducky.prompts.model..", "dev.ducky.prompts.guard..")
            .because("moves, stages and templates are what the AI services and the guard are written in terms of,"
                    + " not the other way round");
}
