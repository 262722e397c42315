package io.sirius.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sirius.api.model.DerivationScheme;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeyFilesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(DerivationScheme.class)
    void aWrittenKeyFileReadsBackAsTheSameKeyPair(DerivationScheme scheme) throws IOException {
        // Arrange
        KeyPair keyPair = KeyPair.of(PrivateKey.fromHex("0101010101010101010101010101010101010101010101010101010101010101"), scheme);
        Path file = dir.resolve("node.key");
        // Act
        KeyFiles.write(file, keyPair);
        KeyPair read = KeyFiles.read(file);
        // Assert
        assertEquals(keyPair.publicKey(), read.publicKey());
        assertEquals(scheme, read.scheme());
        assertEquals(keyPair.privateKey(), read.privateKey());
    }

    @Test
    void theFileIsOwnerOnlyAndNeverOverwritten() throws IOException {
        // Arrange
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Path file = dir.resolve("node.key");
        KeyPair keyPair = KeyPair.of(PrivateKey.fromHex("02".repeat(32)), DerivationScheme.ED25519_SHA3);
        // Act
        KeyFiles.write(file, keyPair);
        // Assert
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertThrows(FileAlreadyExistsException.class, () -> KeyFiles.write(file, keyPair));
    }

    @Test
    void aFileReadableByOthersIsRefused() throws IOException {
        // Arrange
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class));
        Path file = dir.resolve("node.key");
        KeyFiles.write(file, KeyPair.of(PrivateKey.fromHex("02".repeat(32)), DerivationScheme.ED25519_SHA3));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        // Act
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KeyFiles.read(file));
        // Assert
        assertTrue(e.getMessage().contains("chmod 600"), e.getMessage());
    }

    @Test
    void aPublicKeyThatDoesNotMatchIsRefused() throws IOException {
        // Arrange: written as SHA3, edited to claim SHA2
        Path file = dir.resolve("node.key");
        KeyFiles.write(file, KeyPair.of(PrivateKey.fromHex("02".repeat(32)), DerivationScheme.ED25519_SHA3));
        String text = Files.readString(file).replace("scheme=ED25519_SHA3", "scheme=ED25519_SHA2");
        Files.writeString(file, text);
        // Act
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KeyFiles.read(file));
        // Assert
        assertTrue(e.getMessage().contains("does not match"), e.getMessage());
    }

    @Test
    void malformedFilesAreRefusedWithTheReason() throws IOException {
        // Arrange
        Path noFormat = dir.resolve("a.key");
        Path badHex = dir.resolve("b.key");
        for (Path p : new Path[] {noFormat, badHex}) {
            Files.createFile(p, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(noFormat, "privateKey=" + "01".repeat(32) + "\n");
        Files.writeString(badHex, "format=sirius-key-1\nscheme=ED25519_SHA3\nprivateKey=XYZ\n");
        // Act and Assert
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KeyFiles.read(noFormat)).getMessage().contains("format"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> KeyFiles.read(badHex)).getMessage().contains("privateKey"));
    }
}
