package io.sirius.plugin.namespace.internal.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.MosaicId;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.plugin.namespace.model.MosaicAliasTransaction;
import io.sirius.plugin.namespace.model.NamespaceTypes;

/**
 * Reads and writes the Alias_Mosaic body, version 1: {@code AliasAction u8 | NamespaceId u64 | MosaicId u64}.
 */
public final class MosaicAliasTransactionCodec implements TransactionCodec<MosaicAliasTransaction> {

    @Override
    public MosaicAliasTransaction decode(BinaryReader body, int version) {
        requireKnown(version);
        int action = body.readU8("AliasAction");
        NamespaceId id = new NamespaceId(body.readI64("NamespaceId"));
        return new MosaicAliasTransaction(action, id, new MosaicId(body.readI64("MosaicId")));
    }

    @Override
    public void encode(MosaicAliasTransaction transaction, BinaryWriter out, int version) {
        requireKnown(version);
        out.writeU8(transaction.aliasAction());
        out.writeI64(transaction.namespaceId().value());
        out.writeI64(transaction.mosaicId().value());
    }

    private static void requireKnown(int version) {
        if (version != NamespaceTypes.MOSAIC_ALIAS_VERSION) {
            throw new DecodeException("Alias_Mosaic version " + version + " has no known layout");
        }
    }
}
