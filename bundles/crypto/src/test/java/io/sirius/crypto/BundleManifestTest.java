package io.sirius.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import aQute.bnd.header.Attrs;
import aQute.bnd.header.Parameters;
import aQute.bnd.version.Version;
import aQute.bnd.version.VersionRange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/**
 * The OSGi manifest bnd generates (it runs before the tests, into target/classes): the bundle exports only
 * its API, and every BouncyCastle package it imports is one the bcprov bundle exports, in a version the
 * import range accepts. BouncyCastle must not be embedded.
 */
class BundleManifestTest {
    private static Manifest ours() throws IOException {
        Path file = Path.of("target", "classes", "META-INF", "MANIFEST.MF");
        assertTrue(Files.exists(file), "bnd did not write " + file + "; run the build through Maven");
        try (InputStream in = Files.newInputStream(file)) {
            return new Manifest(in);
        }
    }

    private static Manifest bouncyCastle() throws IOException, URISyntaxException {
        Path jar = Path.of(org.bouncycastle.crypto.Digest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest();
        }
    }

    @Test
    void exportsOnlyTheApiPackage() throws IOException {
        // Act
        Parameters exports = new Parameters(ours().getMainAttributes().getValue("Export-Package"));
        // Assert
        assertEquals(Set.of("io.sirius.crypto"), exports.keySet());
        assertEquals("1.1.0", exports.get("io.sirius.crypto").getVersion());
    }

    @Test
    void importsOnlyThePluginApiAndTheBouncyCastlePackagesItUses() throws IOException {
        // Act
        Parameters imports = new Parameters(ours().getMainAttributes().getValue("Import-Package"));
        // Assert
        assertEquals(new TreeSet<>(Set.of("io.sirius.api.codec", "io.sirius.api.entity", "io.sirius.api.model",
                "org.bouncycastle.crypto", "org.bouncycastle.crypto.digests", "org.bouncycastle.math.ec.rfc7748")),
                new TreeSet<>(imports.keySet()));
    }

    @Test
    void everyBouncyCastleImportIsExportedByTheBcprovBundle() throws Exception {
        // Arrange
        Parameters imports = new Parameters(ours().getMainAttributes().getValue("Import-Package"));
        Parameters bcExports = new Parameters(bouncyCastle().getMainAttributes().getValue("Export-Package"));
        // Act and Assert
        for (Map.Entry<String, Attrs> entry : imports.entrySet()) {
            if (!entry.getKey().startsWith("org.bouncycastle")) {
                continue;
            }
            Attrs exported = bcExports.get(entry.getKey());
            assertNotNull(exported, "bcprov does not export " + entry.getKey());
            VersionRange range = new VersionRange(entry.getValue().getVersion());
            assertTrue(range.includes(new Version(exported.getVersion())),
                    entry.getKey() + " " + exported.getVersion() + " is outside " + range);
        }
    }

    @Test
    void bouncyCastleIsNotEmbedded() {
        // Act and Assert
        assertTrue(Files.notExists(Path.of("target", "classes", "org", "bouncycastle")));
    }
}
