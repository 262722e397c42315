package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.MosaicId;
import java.util.List;
import java.util.Objects;

/**
 * The body of a Mosaic_Definition (0x414D, v3): {@code MosaicNonce u32 | MosaicId u64 | PropertiesCount u8 |
 * Flags u8 | Divisibility u8 | (PropertyId u8, Value u64) x PropertiesCount}.
 *
 * <p>The body keeps the wire's form (raw flags, divisibility and optional properties) because validators judge that
 * form: at most one optional property, which must be the duration and must not be 0.
 *
 * @param nonce the nonce the id derives from, as the u32 on the wire
 * @param mosaicId the id, which must equal {@link MosaicIdGenerator#generate} of the signer and nonce
 * @param flags the flags byte (see {@link MosaicFlags})
 * @param divisibility the divisibility byte
 * @param optionalProperties the optional properties, in wire order (at most 255)
 */
public record MosaicDefinitionTransaction(int nonce, MosaicId mosaicId, int flags, int divisibility,
        List<MosaicProperty> optionalProperties) {

    /** Checks and copies the arguments. */
    public MosaicDefinitionTransaction {
        Objects.requireNonNull(mosaicId, "mosaicId");
        optionalProperties = List.copyOf(optionalProperties);
        if (flags < 0 || flags > 0xFF || divisibility < 0 || divisibility > 0xFF) {
            throw new IllegalArgumentException("flags " + flags + " and divisibility " + divisibility + " are bytes");
        }
        if (optionalProperties.size() > 0xFF) {
            throw new IllegalArgumentException("a definition carries at most 255 properties, not " + optionalProperties.size());
        }
    }

    /** @return all properties, read the way Sirius reads them ({@link MosaicProperties#extract}) */
    public MosaicProperties properties() {
        return MosaicProperties.extract(flags, divisibility, optionalProperties);
    }
}
