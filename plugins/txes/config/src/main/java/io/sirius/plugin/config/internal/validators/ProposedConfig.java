package io.sirius.plugin.config.internal.validators;

import io.sirius.kernel.config.NetworkConfiguration;
import io.sirius.kernel.config.SupportedEntities;
import io.sirius.plugin.config.model.NetworkConfigNotification;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads the texts a Network_Config proposes. The texts come from the wire, so nothing here throws: a text that is
 * not strict UTF-8 or does not parse is simply absent, and the validator that owns that rule reports it. (Sirius
 * treats the texts as raw bytes; this node also requires UTF-8, the encoding the NetworkConfig cache stores.)
 */
final class ProposedConfig {

    private ProposedConfig() {
    }

    /**
     * @param bytes bytes from the wire
     * @return them as text, if they are well-formed UTF-8
     */
    static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * @param notification the proposal
     * @return its supported entities, if they are UTF-8 and parse
     */
    static Optional<SupportedEntities> supportedEntities(NetworkConfigNotification notification) {
        Optional<String> json = utf8(notification.supportedEntityVersions());
        if (json.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(SupportedEntities.parse(json.get()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * @param notification the proposal
     * @return the whole configuration, if both texts are UTF-8 and parse
     */
    static Optional<NetworkConfiguration> configuration(NetworkConfigNotification notification) {
        Optional<String> text = utf8(notification.blockChainConfig());
        Optional<String> json = utf8(notification.supportedEntityVersions());
        if (text.isEmpty() || json.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(NetworkConfiguration.parse(text.get(), json.get()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
