package org.liaison.postings.internal.certificates;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The institution's signing key and its certificate (chain first the signer's own), which sign every certificate's
 * PDF. From a PKCS#12 keystore in production; a self-signed development key otherwise.
 */
record SigningKey(PrivateKey privateKey, X509Certificate[] chain, boolean development) {

    /** The development keystore's password: the key only signs demonstration certificates, it protects nothing. */
    static final char[] DEVELOPMENT_PASSWORD = "liaison-development".toCharArray();
    static final String DEVELOPMENT_ALIAS = "liaison-development";

    X509Certificate certificate() {
        return chain[0];
    }

    /** The key {@code alias} (the only one when blank) of the PKCS#12 keystore at {@code path}. */
    static SigningKey fromKeystore(Path path, char[] password, String alias, boolean development) {
        try (InputStream in = Files.newInputStream(path)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            String name = alias == null || alias.isBlank() ? store.aliases().nextElement() : alias;
            if (!(store.getKey(name, password) instanceof PrivateKey key)) {
                throw new IllegalStateException("The keystore " + path + " has no private key under the alias " + name);
            }
            Certificate[] certificates = store.getCertificateChain(name);
            X509Certificate[] chain = Arrays.stream(certificates).map(X509Certificate.class::cast)
                    .toArray(X509Certificate[]::new);
            return new SigningKey(key, chain, development);
        } catch (IOException e) {
            throw new UncheckedIOException("The signing keystore " + path + " cannot be read", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing keystore " + path + " cannot be opened", e);
        }
    }

    /** A new self-signed key (RSA 3072, SHA-256, ten years) named {@code subject}, e.g. "CN=Liaison (development)". */
    static SigningKey generate(String subject, boolean development) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            Instant now = Instant.now();
            X500Name name = new X500Name(subject);
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            return new SigningKey(pair.getPrivate(), new X509Certificate[] {certificate}, development);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("A signing key could not be generated", e);
        }
    }

    /** Writes the key as a PKCS#12 keystore readable by its owner only (where the file system has permissions). */
    void writeTo(Path path, char[] password, String alias) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, privateKey, password, chain);
            Files.createDirectories(path.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(path.toAbsolutePath().getParent(), ".signing", ".p12");
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the data directory's own permissions protect it
            }
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, path, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The signing keystore " + path + " cannot be written", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing keystore " + path + " cannot be written", e);
        }
    }
}
