package io.sirius.benchmarks.e2e;

import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.crypto.KeyPair;
import io.sirius.crypto.PrivateKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a devnet's {@code data/sirius/devnet/accounts.txt} says: the network, its generation hash, the currency mosaic
 * and the funded accounts' keys (account v1: Ed25519 over SHA3-512).
 *
 * @param network the network type
 * @param generationHash the generation hash every transaction is signed with
 * @param currency the currency mosaic
 * @param funded the funded accounts' keys, in file order
 */
record DevnetAccounts(NetworkType network, Hash256 generationHash, MosaicId currency, List<KeyPair> funded) {
    private static final Pattern HEADER = Pattern.compile(
            "# network: (\\S+), generation hash: ([0-9A-Fa-f]{64}), currency mosaic: ([0-9A-Fa-f]{16})");
    private static final Pattern FUNDED = Pattern.compile(
            "(?m)^funded account \\d+\\n(?:\\s+.*\\n)*?\\s+private key:\\s+([0-9A-Fa-f]{64})");

    /**
     * @param file the accounts file
     * @return what it says
     * @throws IOException if it cannot be read or lacks the header
     */
    static DevnetAccounts read(Path file) throws IOException {
        String text = Files.readString(file);
        Matcher header = HEADER.matcher(text);
        if (!header.find()) {
            throw new IOException(file + " has no '# network: ..., generation hash: ..., currency mosaic: ...' line");
        }
        List<KeyPair> funded = new ArrayList<>();
        Matcher m = FUNDED.matcher(text);
        while (m.find()) {
            funded.add(KeyPair.of(PrivateKey.fromHex(m.group(1)), DerivationScheme.ED25519_SHA3));
        }
        if (funded.isEmpty()) {
            throw new IOException(file + " lists no funded account");
        }
        return new DevnetAccounts(NetworkType.fromName(header.group(1)), Hash256.fromHex(header.group(2)),
                MosaicId.of(Long.parseUnsignedLong(header.group(3), 16)), List.copyOf(funded));
    }
}
