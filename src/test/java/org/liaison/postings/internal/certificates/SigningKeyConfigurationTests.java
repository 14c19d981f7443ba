package org.liaison.postings.internal.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the signing key comes from: the institution's keystore, else a development key kept once in the data directory. */
class SigningKeyConfigurationTests {

    final SigningKeyConfiguration configuration = new SigningKeyConfiguration();

    @Test
    void theDevelopmentKeyIsGeneratedOnceAndKeptOwnerOnly(@TempDir Path data) throws Exception {
        Path keystore = data.resolve("liaison-signing-development.p12");

        SigningKey first = configuration.certificateSigningKey("", "", "", keystore.toString());
        SigningKey again = configuration.certificateSigningKey("", "", "", keystore.toString());

        assertThat(first.development()).isTrue();
        assertThat(again.certificate()).isEqualTo(first.certificate());
        assertThat(first.certificate().getSubjectX500Principal().getName()).contains("development key");
        assertThat(Files.getPosixFilePermissions(keystore))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void aConfiguredKeystoreSignsInsteadOfTheDevelopmentKey(@TempDir Path data) {
        Path institution = data.resolve("institution.p12");
        SigningKey generated = SigningKey.generate("CN=Caisse de test,O=Institution", false);
        generated.writeTo(institution, "secret".toCharArray(), "seal");

        SigningKey key = configuration.certificateSigningKey(institution.toString(), "secret", "seal",
                data.resolve("unused.p12").toString());

        assertThat(key.development()).isFalse();
        assertThat(key.certificate()).isEqualTo(generated.certificate());
        assertThat(data.resolve("unused.p12")).doesNotExist();
    }
}
