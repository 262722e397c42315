package io.sirius.kernel.internal.node;

import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.PublicKey;
import io.sirius.crypto.KeyFiles;
import io.sirius.crypto.KeyPair;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;

/**
 * The node's identity key (Sirius's boot key): {@code <dataDirectory>/node.key}, created at first start. It names
 * the node in {@code /node/info}; node-to-node authentication will use it.
 */
final class NodeKey {

    private NodeKey() {
    }

    static PublicKey readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return KeyFiles.read(file).publicKey();
        }
        Files.createDirectories(file.getParent());
        KeyPair key = KeyPair.generate(new SecureRandom(), DerivationScheme.ED25519_SHA3);
        KeyFiles.write(file, key);
        return key.publicKey();
    }
}
