package io.sirius.kernel.devnet;

import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.entity.TransactionHeader;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Hash256;
import io.sirius.api.model.NetworkType;
import io.sirius.api.model.Signature;
import io.sirius.api.model.Timestamp;
import io.sirius.api.model.VersionField;
import io.sirius.crypto.EntitySigner;
import io.sirius.crypto.KeyPair;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NetworkConfig (0x4159 v1) transactions that turn a plugin on or off at a future height, as the network's owner
 * (the holder of the network key) announces them: the whole config is replaced, with the plugin's section
 * {@code enabled} flag and its transaction types in the supported entities changed, and nothing else.
 */
public final class NetworkConfigPayloads {
    /** NetworkConfig's entity type. */
    public static final EntityType NETWORK_CONFIG = new EntityType(0x4159);

    private NetworkConfigPayloads() {
    }

    /**
     * @param text a config-network text
     * @param plugin a plugin name
     * @param enabled whether it should be enabled
     * @return the text with the plugin's section present and its {@code enabled} key set
     */
    public static String withPlugin(String text, String plugin, boolean enabled) {
        String header = "[plugin:catapult.plugins." + plugin + "]";
        int start = text.indexOf(header);
        if (start < 0) {
            return text.stripTrailing() + "\n\n" + header + "\n\nenabled = " + enabled + "\n";
        }
        int bodyStart = start + header.length();
        int next = text.indexOf("\n[", bodyStart);
        int end = next < 0 ? text.length() : next + 1;
        String body = text.substring(bodyStart, end);
        Matcher m = Pattern.compile("(?m)^[ \\t]*enabled[ \\t]*=.*$").matcher(body);
        String changed = m.find() ? m.replaceFirst("enabled = " + enabled) : "\n\nenabled = " + enabled + body;
        return text.substring(0, bodyStart) + changed + text.substring(end);
    }

    /**
     * @param json a supported-entities document
     * @param types transaction types and their versions to add (enable) or remove (disable)
     * @param enabled whether to add or remove them
     * @return the changed document, in the same format
     */
    public static String withTypes(String json, List<TypeVersions> types, boolean enabled) {
        List<String> entries = new ArrayList<>();
        Matcher entry = Pattern.compile("\\{[^{}]*\\}").matcher(json);
        Set<Integer> known = new TreeSet<>();
        while (entry.find()) {
            String e = entry.group();
            Matcher type = Pattern.compile("\"type\"\\s*:\\s*\"?(\\d+)\"?").matcher(e);
            int value = type.find() ? Integer.parseInt(type.group(1)) : -1;
            boolean ours = types.stream().anyMatch(t -> t.type() == value);
            if (ours && !enabled) {
                continue;
            }
            known.add(value);
            entries.add(e.strip());
        }
        if (enabled) {
            for (TypeVersions t : types) {
                if (!known.contains(t.type())) {
                    entries.add("{ \"name\": \"" + t.name() + "\", \"type\": \"" + t.type() + "\", \"supportedVersions\": "
                            + t.versions() + " }");
                }
            }
        }
        return "{\n\t\"entities\": [\n\t\t" + String.join(",\n\t\t", entries) + "\n\t]\n}\n";
    }

    /**
     * A transaction type and the versions to accept.
     *
     * @param name its name
     * @param type its entity type value
     * @param versions the versions
     */
    public record TypeVersions(String name, int type, List<Integer> versions) {
    }

    /**
     * @param network the network
     * @param networkKey the network key
     * @param applyHeightDelta how many blocks after its own the config takes effect (at least 1)
     * @param text the new config text
     * @param supportedEntitiesJson the new supported entities
     * @param deadline the deadline
     * @param generationHash the network's generation hash
     * @param signer signs it
     * @return the signed payload
     */
    public static byte[] networkConfig(NetworkType network, KeyPair networkKey, long applyHeightDelta, String text,
            String supportedEntitiesJson, Timestamp deadline, Hash256 generationHash, EntitySigner signer) {
        byte[] config = text.getBytes(StandardCharsets.UTF_8);
        byte[] entities = supportedEntitiesJson.getBytes(StandardCharsets.UTF_8);
        if (config.length > 0xFFFF || entities.length > 0xFFFF) {
            throw new IllegalArgumentException("a NetworkConfig transaction carries at most 65535 bytes of each text");
        }
        BinaryWriter body = new BinaryWriter(12 + config.length + entities.length);
        body.writeI64(applyHeightDelta).writeU16(config.length).writeU16(entities.length).writeBytes(config).writeBytes(entities);
        byte[] bodyBytes = body.toByteArray();
        TransactionHeader header = new TransactionHeader(TransactionHeader.SIZE + bodyBytes.length, Signature.ZERO,
                networkKey.publicKey(), VersionField.of(network, DerivationScheme.UNSET, 1), NETWORK_CONFIG, 0, deadline);
        BinaryWriter out = new BinaryWriter(header.size());
        header.encode(out);
        out.writeBytes(bodyBytes);
        return signer.signTransaction(networkKey, out.toByteArray(), generationHash);
    }
}
