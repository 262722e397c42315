package io.sirius.plugin.mosaic.internal.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.MosaicId;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.plugin.mosaic.model.MosaicDefinitionTransaction;
import io.sirius.plugin.mosaic.model.MosaicProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the Mosaic_Definition body: {@code MosaicNonce u32 | MosaicId u64 | PropertiesCount u8 | Flags u8 |
 * Divisibility u8 | (PropertyId u8, Value u64) x PropertiesCount}. The property ids are kept as they are: the
 * properties validator judges them.
 */
public final class MosaicDefinitionTransactionCodec implements TransactionCodec<MosaicDefinitionTransaction> {
    private static final int PROPERTY_SIZE = 9;

    @Override
    public MosaicDefinitionTransaction decode(BinaryReader body, int version) {
        int nonce = body.readI32("MosaicNonce");
        MosaicId id = new MosaicId(body.readI64("MosaicId"));
        int count = body.readU8("PropertiesCount");
        int flags = body.readU8("Flags");
        int divisibility = body.readU8("Divisibility");
        body.checkCount(count, PROPERTY_SIZE, "Properties");
        List<MosaicProperty> properties = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int propertyId = body.readU8("PropertyId");
            properties.add(new MosaicProperty(propertyId, body.readI64("PropertyValue")));
        }
        return new MosaicDefinitionTransaction(nonce, id, flags, divisibility, properties);
    }

    @Override
    public void encode(MosaicDefinitionTransaction definition, BinaryWriter out, int version) {
        out.writeI32(definition.nonce()).writeI64(definition.mosaicId().value());
        out.writeU8(definition.optionalProperties().size()).writeU8(definition.flags()).writeU8(definition.divisibility());
        for (MosaicProperty property : definition.optionalProperties()) {
            out.writeU8(property.id()).writeI64(property.value());
        }
    }
}
