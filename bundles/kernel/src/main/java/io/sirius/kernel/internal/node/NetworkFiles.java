package io.sirius.kernel.internal.node;

import io.sirius.api.StorageException;
import io.sirius.api.model.Amount;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.kernel.internal.chain.NemesisSeed;
import io.sirius.kernel.internal.pipeline.NetworkIdentity;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The files that define the network a node's data belongs to, kept in {@code <dataDirectory>/network/}:
 * <ul>
 * <li>{@code network.properties}: network, generationHash, currencyMosaicId, nemesisPublicKey,
 * initialCurrencyAtomicUnits, enableVerifiableReceipts (Sirius's config-immutable; a chain created before receipts
 * existed has no enableVerifiableReceipts, which reads as false, since its blocks carry a zero receipts hash);</li>
 * <li>{@code config-network.properties} and {@code supported-entities.json}: the nemesis network config.</li>
 * </ul>
 * They are written once, when the chain is created, and must be the same on every node of the network.
 */
public final class NetworkFiles {
    private final Path directory;

    /**
     * @param directory the network directory
     */
    public NetworkFiles(Path directory) {
        this.directory = directory;
    }

    /** @return whether the files exist */
    public boolean exist() {
        return Files.exists(directory.resolve("network.properties"));
    }

    /** @return the directory */
    public Path directory() {
        return directory;
    }

    /**
     * @return the network's identity
     * @throws StorageException naming the file and key at fault
     */
    public NetworkIdentity identity() {
        Properties p = properties();
        try {
            return new NetworkIdentity(NetworkType.fromName(require(p, "network")), Hash256.fromHex(require(p, "generationHash")),
                    new MosaicId(Long.parseUnsignedLong(require(p, "currencyMosaicId"), 16)),
                    PublicKey.fromHex(require(p, "nemesisPublicKey")),
                    Boolean.parseBoolean(p.getProperty("enableVerifiableReceipts", "false").trim()));
        } catch (IllegalArgumentException e) {
            throw new StorageException(directory.resolve("network.properties") + ": " + e.getMessage(), e);
        }
    }

    /**
     * @return the nemesis seed
     * @throws StorageException if a file is missing or unreadable
     */
    public NemesisSeed seed() {
        Properties p = properties();
        try {
            return new NemesisSeed(Files.readString(directory.resolve("config-network.properties")),
                    Files.readString(directory.resolve("supported-entities.json")),
                    new Amount(Long.parseUnsignedLong(require(p, "initialCurrencyAtomicUnits").replace("'", ""))));
        } catch (IOException e) {
            throw new StorageException("cannot read the nemesis config in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes the files.
     *
     * @param identity the network's identity
     * @param seed the nemesis seed
     * @throws IOException if they cannot be written
     */
    public void write(NetworkIdentity identity, NemesisSeed seed) throws IOException {
        Files.createDirectories(directory);
        Properties p = new Properties();
        p.setProperty("network", identity.network().configName());
        p.setProperty("generationHash", identity.generationHash().toHex());
        p.setProperty("currencyMosaicId", identity.currencyMosaicId().toHex());
        p.setProperty("nemesisPublicKey", identity.nemesisSigner().toHex());
        p.setProperty("enableVerifiableReceipts", Boolean.toString(identity.verifiableReceipts()));
        p.setProperty("initialCurrencyAtomicUnits", Long.toUnsignedString(seed.initialSupply().value()));
        Files.writeString(directory.resolve("config-network.properties"), seed.configText());
        Files.writeString(directory.resolve("supported-entities.json"), seed.supportedEntitiesJson());
        try (Writer out = Files.newBufferedWriter(directory.resolve("network.properties"), StandardCharsets.UTF_8)) {
            p.store(out, "The network this node's chain belongs to; identical on every node of the network");
        }
    }

    private Properties properties() {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(directory.resolve("network.properties"), StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new StorageException("cannot read " + directory.resolve("network.properties") + ": " + e.getMessage(), e);
        }
        return p;
    }

    private String require(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new StorageException(directory.resolve("network.properties") + " has no " + key);
        }
        return value.trim();
    }
}
