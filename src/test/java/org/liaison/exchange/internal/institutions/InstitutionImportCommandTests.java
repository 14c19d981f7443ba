package org.liaison.exchange.internal.institutions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.exchange.internal.institutions.IrFiles.file;
import static org.liaison.exchange.internal.institutions.IrFiles.record;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaison.exchange.institutions.InstitutionDirectory;
import org.liaison.exchange.institutions.InstitutionId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.core.env.Environment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/** The one-off import command's work (without the exit): exit codes, summary and problems as printed. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class InstitutionImportCommandTests {

    @Autowired
    InstitutionImporter importer;

    @Autowired
    MessageSource messages;

    @Autowired
    Environment environment;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    InstitutionDirectory directory;

    @TempDir
    Path folder;

    final ByteArrayOutputStream output = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    final String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();

    InstitutionImportCommand command() {
        return new InstitutionImportCommand(importer, messages, environment, context);
    }

    @Test
    void aDeltaFileIsImportedAndItsSummaryPrinted() throws IOException {
        Path ir = Files.writeString(folder.resolve("ir.json"), file(record("RO:C" + tag, "Casa Națională de Pensii Publice")));
        assertThat(command().run(ir.toString(), "delta", out)).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("(DELTA) applied: 1 records, 1 added");
        assertThat(directory.find(InstitutionId.parse("RO:C" + tag))).isPresent();
    }

    @Test
    void aBadFileIsRefusedWithItsProblemsAndAMissingModeOrFileStopsBeforeAnything() throws IOException {
        Path bad = Files.writeString(folder.resolve("bad.json"), file("{\"id\": \"RO:D" + tag + "\", \"name\": \"x\"}"));
        assertThat(command().run(bad.toString(), "DELTA", out)).isEqualTo(1);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("REFUSED")
                .contains("line 3, column 1, $.institutions[0].environment: Required field missing or empty.");
        assertThat(command().run(bad.toString(), "", out)).isEqualTo(2);
        assertThat(command().run(folder.resolve("none.json").toString(), "full", out)).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("Give the import mode").contains("Cannot read the file");
    }
}
