package io.sirius.shell.internal;

import io.sirius.api.SiriusException;
import io.sirius.api.model.Timestamp;
import io.sirius.crypto.Ed25519;
import io.sirius.crypto.EntitySigner;
import io.sirius.crypto.KeyFiles;
import io.sirius.crypto.KeyPair;
import io.sirius.kernel.PluginInfo;
import io.sirius.kernel.PluginRegistry;
import io.sirius.kernel.PluginState;
import io.sirius.kernel.TransactionTypeInfo;
import io.sirius.kernel.chain.Announcement;
import io.sirius.kernel.chain.ChainService;
import io.sirius.kernel.chain.ConfigTexts;
import io.sirius.kernel.chain.NetworkInfo;
import io.sirius.kernel.chain.NodeStatus;
import io.sirius.kernel.config.NetworkConfiguration;
import io.sirius.kernel.devnet.NetworkConfigPayloads;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code sirius:plugin enable|disable}: turns a plugin's transaction types on or off for the whole network from a
 * future height, by announcing a NetworkConfig transaction signed with the network key. Only the network's owner
 * holds that key (on a devnet this node created, {@code <data>/devnet/nemesis.key}).
 */
final class PluginActivation {
    private final PluginRegistry registry;
    private final ChainService chain;

    PluginActivation(PluginRegistry registry, ChainService chain) {
        this.registry = registry;
        this.chain = chain;
    }

    /**
     * @param name the plugin
     * @param enable on or off
     * @param keyFile the network key, or null for the devnet's
     * @param delay blocks after the transaction's own block before the change applies
     * @return a sentence for the operator
     */
    String change(String name, boolean enable, String keyFile, long delay) throws IOException {
        if (name == null || name.isBlank()) {
            throw new SiriusException("Name a plugin; sirius:plugin list shows them.");
        }
        if (delay < 1) {
            throw new SiriusException("the delay must be at least 1 block");
        }
        NodeStatus status = chain.status();
        if (status.phase() != NodeStatus.Phase.RUNNING) {
            throw new SiriusException("the node is " + status.phase().name().toLowerCase(java.util.Locale.ROOT)
                    + status.detail().map(d -> ": " + d).orElse(""));
        }
        PluginInfo plugin = registry.plugin(name).orElseThrow(() -> new SiriusException("plugin " + name
                + " is not installed here; install it first (sirius:plugin install " + name + ")"));
        if (plugin.state() == PluginState.REJECTED) {
            throw new SiriusException("plugin " + name + " is rejected: " + plugin.problem().orElse(""));
        }
        NetworkInfo network = chain.network().orElseThrow();
        ConfigTexts current = chain.config(status.height() + 1).orElseThrow();
        NetworkConfiguration parsed = NetworkConfiguration.parse(current.text(), current.supportedEntitiesJson());
        boolean enabledNow = parsed.enabledPlugins().contains(name);
        if (enabledNow == enable) {
            return "Plugin " + name + " is already " + (enable ? "enabled" : "disabled") + " by the network config.";
        }
        Path file = keyFile == null ? chain.dataDirectory().resolve("devnet").resolve("nemesis.key") : Path.of(keyFile);
        if (!Files.exists(file)) {
            throw new SiriusException("this node does not hold the network key (" + file + "): only the network's owner can "
                    + "change its config; give the key file with --key");
        }
        KeyPair key = KeyFiles.read(file);
        if (!key.publicKey().equals(parsed.networkPublicKey())) {
            throw new SiriusException("the key in " + file + " is not this network's key " + parsed.networkPublicKey());
        }
        List<NetworkConfigPayloads.TypeVersions> types = new ArrayList<>();
        for (TransactionTypeInfo t : plugin.transactions()) {
            types.add(new NetworkConfigPayloads.TypeVersions(t.name(), t.type().value(),
                    IntStream.rangeClosed(t.minVersion(), t.maxVersion()).boxed().toList()));
        }
        String text = NetworkConfigPayloads.withPlugin(current.text(), name, enable);
        String json = NetworkConfigPayloads.withTypes(current.supportedEntitiesJson(), types, enable);
        NetworkConfiguration.parse(text, json);
        byte[] payload = NetworkConfigPayloads.networkConfig(network.network(), key, delay, text, json,
                Timestamp.fromInstant(Instant.now().plusSeconds(3600)), network.generationHash(), new EntitySigner(new Ed25519()));
        Announcement announcement = chain.announce(payload);
        if (!announcement.accepted()) {
            throw new SiriusException("the NetworkConfig transaction was refused: " + announcement.status() + " ("
                    + announcement.message() + ")");
        }
        return "Announced NetworkConfig " + announcement.hash().orElseThrow() + ": plugin " + name + " will be "
                + (enable ? "enabled" : "disabled") + " " + delay + " block(s) after the block that confirms it (about height "
                + (status.height() + 1 + delay) + ").";
    }
}
