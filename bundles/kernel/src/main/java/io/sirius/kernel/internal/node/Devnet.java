package io.sirius.kernel.internal.node;

import io.sirius.api.config.ConfigException;
import io.sirius.api.model.Address;
import io.sirius.api.model.Amount;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.Timestamp;
import io.sirius.crypto.Addresses;
import io.sirius.crypto.EntitySigner;
import io.sirius.crypto.Ids;
import io.sirius.crypto.KeyFiles;
import io.sirius.crypto.KeyPair;
import io.sirius.kernel.devnet.AssetPayloads;
import io.sirius.kernel.devnet.TransferPayloads;
import io.sirius.kernel.config.NetworkConfiguration;
import io.sirius.kernel.internal.chain.NemesisSeed;
import io.sirius.kernel.internal.pipeline.NetworkIdentity;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Creates a development network: its keys, its identity and the nemesis block's inputs, from the devnet config
 * templates ({@code config-network.properties} with a {@code ${nemesisPublicKey}} placeholder and
 * {@code supported-entities.json}).
 *
 * <p>Keys are written to {@code <dataDirectory>/devnet/} (owner-only files): {@code nemesis.key} (the network
 * key: it signs the nemesis block and NetworkConfig transactions), {@code harvester.key} (funded above the
 * harvesting minimum; the node harvests with it) and {@code funded-N.key} (accounts for users, funded with
 * {@code fundedAmount}). {@code devnet/accounts.txt} lists their addresses and keys for the README's first transfer.
 *
 * <p>Decisions: the currency mosaic's id is derived from the nemesis key with nonce 0, as a Sirius nemesis defines
 * it; the nemesis difficulty is chosen so the harvester's expected time to a hit is the target block time.
 */
public final class Devnet {
    /** Where the devnet's keys and account list go, under the data directory. */
    public static final String DIRECTORY = "devnet";
    /** The currency's root namespace. */
    public static final String CURRENCY_ROOT = "prx";
    /** The currency's name under its root: the alias is {@code prx.xpx}. */
    public static final String CURRENCY_NAME = "xpx";
    /** The currency's decimal places: 1 XPX is 1,000,000 atomic units. */
    public static final int CURRENCY_DIVISIBILITY = 6;

    private Devnet() {
    }

    /**
     * Everything the nemesis block is made of.
     *
     * @param identity the network's identity
     * @param seed the nemesis seed
     * @param nemesis the network key
     * @param harvester the harvester's key
     * @param funded the users' keys
     * @param transfers the nemesis funding transfers, signed
     * @param difficulty the nemesis block's difficulty
     * @param timestamp the nemesis block's time
     */
    public record Genesis(NetworkIdentity identity, NemesisSeed seed, KeyPair nemesis, KeyPair harvester, List<KeyPair> funded,
            List<byte[]> transactions, long difficulty, long timestamp) {
    }

    /**
     * @param templates the devnet config templates' directory
     * @param dataDirectory the node's data directory
     * @param network the network type
     * @param fundedAccounts how many user accounts to fund
     * @param fundedAmount what each gets, in atomic units
     * @param harvesterAmount what the harvester gets
     * @param initialSupply the currency supply
     * @param now the current time, ms since the Sirius epoch
     * @param signer signs the funding transfers
     * @return the genesis inputs; keys are already written
     * @throws IOException if the templates cannot be read or the keys written
     * @throws ConfigException if the templates are malformed
     */
    public static Genesis create(Path templates, Path dataDirectory, NetworkType network, int fundedAccounts, Amount fundedAmount,
            Amount harvesterAmount, Amount initialSupply, long now, EntitySigner signer) throws IOException {
        return create(templates, dataDirectory, network, fundedAccounts, fundedAmount, harvesterAmount, initialSupply, now,
                signer, null, List.of());
    }

    /**
     * As {@link #create(Path, Path, NetworkType, int, Amount, Amount, Amount, long, EntitySigner)}, for tests that
     * replay transactions signed elsewhere (the SDK's golden vectors): a given generation hash and more accounts
     * funded with {@code fundedAmount} each.
     *
     * @param generationHash the network's generation hash, or null for a random one
     * @param alsoFunded further accounts to fund, by public key
     */
    public static Genesis create(Path templates, Path dataDirectory, NetworkType network, int fundedAccounts, Amount fundedAmount,
            Amount harvesterAmount, Amount initialSupply, long now, EntitySigner signer, Hash256 generationHash,
            List<PublicKey> alsoFunded) throws IOException {
        SecureRandom random = new SecureRandom();
        KeyPair nemesis = KeyPair.generate(random, DerivationScheme.ED25519_SHA3);
        KeyPair harvester = KeyPair.generate(random, DerivationScheme.ED25519_SHA3);
        List<KeyPair> funded = new ArrayList<>();
        for (int i = 0; i < fundedAccounts; i++) {
            funded.add(KeyPair.generate(random, DerivationScheme.ED25519_SHA3));
        }
        String template = Files.readString(templates.resolve("config-network.properties"));
        String configText = template.replace("${nemesisPublicKey}", nemesis.publicKey().toHex());
        String entities = Files.readString(templates.resolve("supported-entities.json"));
        NetworkConfiguration config = NetworkConfiguration.parse(configText, entities);
        long total = harvesterAmount.value() + fundedAmount.value() * (fundedAccounts + alsoFunded.size());
        if (Long.compareUnsigned(total, initialSupply.value()) > 0) {
            throw new ConfigException("the devnet funds " + Long.toUnsignedString(total) + " but the supply is only "
                    + initialSupply);
        }
        if (Long.compareUnsigned(harvesterAmount.value(), config.chain().minHarvesterBalance()) < 0) {
            throw new ConfigException("the devnet harvester's funds " + harvesterAmount + " are below minHarvesterBalance "
                    + config.chain().minHarvesterBalance());
        }
        byte[] hashSeed = new byte[32];
        random.nextBytes(hashSeed);
        MosaicId currency = Ids.mosaicId(0, nemesis.publicKey());
        NetworkIdentity identity = new NetworkIdentity(network, generationHash == null ? Hash256.of(hashSeed) : generationHash,
                currency, nemesis.publicKey());
        Set<String> plugins = config.enabledPlugins();
        boolean mosaics = plugins.contains("mosaic");
        boolean namespaces = plugins.contains("namespace");
        // With the mosaic plugin the nemesis block defines the currency and issues its supply, as Sirius's does;
        // without it the supply is seeded into the nemesis account.
        NemesisSeed seed = new NemesisSeed(configText, entities, mosaics ? Amount.ZERO : initialSupply);

        Timestamp deadline = new Timestamp(now + 3_600_000);
        List<byte[]> transactions = new ArrayList<>();
        AssetPayloads assets = new AssetPayloads(network, nemesis, deadline, identity.generationHash(), signer);
        if (namespaces) {
            transactions.add(assets.registerRoot(CURRENCY_ROOT, 0));
            transactions.add(assets.registerChild(CURRENCY_ROOT, CURRENCY_NAME));
        }
        if (mosaics) {
            transactions.add(assets.mosaicDefinition(0, AssetPayloads.SUPPLY_MUTABLE | AssetPayloads.TRANSFERABLE,
                    CURRENCY_DIVISIBILITY, 0));
            transactions.add(assets.supplyChange(currency, true, initialSupply));
        }
        if (namespaces && mosaics) {
            transactions.add(assets.linkMosaicAlias(CURRENCY_ROOT + "." + CURRENCY_NAME, currency));
        }
        transactions.add(TransferPayloads.transfer(network, nemesis, Addresses.of(harvester.publicKey(), network), currency,
                harvesterAmount, new byte[0], 0, deadline, identity.generationHash(), signer));
        for (KeyPair account : funded) {
            transactions.add(TransferPayloads.transfer(network, nemesis, Addresses.of(account.publicKey(), network), currency,
                    fundedAmount, new byte[0], 0, deadline, identity.generationHash(), signer));
        }
        for (PublicKey account : alsoFunded) {
            transactions.add(TransferPayloads.transfer(network, nemesis, Addresses.of(account, network), currency,
                    fundedAmount, new byte[0], 0, deadline, identity.generationHash(), signer));
        }
        long seconds = Math.max(1, config.chain().blockGenerationTargetTime().toSeconds());
        BigInteger difficulty = BigInteger.ONE.shiftLeft(64)
                .divide(BigInteger.valueOf(seconds).multiply(new BigInteger(Long.toUnsignedString(harvesterAmount.value()))));
        long nemesisDifficulty = Math.max(1, difficulty.bitLength() > 63 ? Long.MAX_VALUE : difficulty.longValue());

        Path keys = dataDirectory.resolve(DIRECTORY);
        Files.createDirectories(keys);
        KeyFiles.write(keys.resolve("nemesis.key"), nemesis);
        KeyFiles.write(keys.resolve("harvester.key"), harvester);
        StringBuilder list = new StringBuilder();
        list.append("# The accounts of this development network, created at its first start.\n")
                .append("# network: ").append(network.configName()).append(", generation hash: ")
                .append(identity.generationHash().toHex()).append(", currency mosaic: ").append(currency.toHex()).append('\n')
                .append("# Keys are Ed25519 with SHA3-512 (account v1), as the SDK's Account.createFromPrivateKey makes them.\n\n");
        describe(list, "nemesis (network key)", nemesis, network, initialSupply.value() - total);
        describe(list, "harvester", harvester, network, harvesterAmount.value());
        for (int i = 0; i < funded.size(); i++) {
            KeyFiles.write(keys.resolve("funded-" + (i + 1) + ".key"), funded.get(i));
            describe(list, "funded account " + (i + 1), funded.get(i), network, fundedAmount.value());
        }
        Path accounts = keys.resolve("accounts.txt");
        Files.writeString(accounts, list.toString());
        restrict(accounts);
        return new Genesis(identity, seed, nemesis, harvester, funded, transactions, nemesisDifficulty, now);
    }

    private static void describe(StringBuilder out, String role, KeyPair key, NetworkType network, long amount) {
        Address address = Addresses.of(key.publicKey(), network);
        PublicKey publicKey = key.publicKey();
        out.append(role).append('\n')
                .append("  address:     ").append(address.plain()).append('\n')
                .append("  public key:  ").append(publicKey.toHex()).append('\n')
                .append("  private key: ").append(key.privateKey().toHex()).append('\n')
                .append("  balance:     ").append(Long.toUnsignedString(amount)).append(" atomic units\n\n");
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the directory's own permissions apply
        }
    }
}
