package io.claimwire.enrich;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.claimwire.enrich", importOptions = ImportOption.DoNotIncludeTests.class)
class TextLibraryArchitectureTest {
  @ArchTest
  static final ArchRule textLibraryIsKafkaFree = noClasses().that().resideInAnyPackage("io.claimwire.enrich.text..",
      "io.claimwire.enrich.dedup..", "io.claimwire.enrich.story..").should().dependOnClassesThat().resideInAnyPackage("org.apache.kafka..", "java.sql..", "org.apache.avro..");

  /** Extraction and dedup are separate libraries: neither reaches into the other. */
  @ArchTest
  static final ArchRule extractionAndDedupApart = noClasses().that().resideInAPackage("io.claimwire.enrich.text..")
      .should().dependOnClassesThat().resideInAPackage("io.claimwire.enrich.dedup..");

  @ArchTest
  static final ArchRule dedupApartFromExtraction = noClasses().that().resideInAPackage("io.claimwire.enrich.dedup..")
      .should().dependOnClassesThat().resideInAPackage("io.claimwire.enrich.text..");
}
