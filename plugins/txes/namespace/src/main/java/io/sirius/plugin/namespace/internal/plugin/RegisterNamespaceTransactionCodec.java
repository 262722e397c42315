package io.sirius.plugin.namespace.internal.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.NamespaceId;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.plugin.namespace.model.NamespaceTypes;
import io.sirius.plugin.namespace.model.RegisterNamespaceTransaction;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes the Register_Namespace body, version 2: {@code NamespaceType u8 | Duration-or-ParentId u64 |
 * NamespaceId u64 | NameSize u8 | Name}. Any type byte and any name bytes decode (validators judge them); the name's
 * bytes become ISO-8859-1 characters, one per byte, so every body re-encodes to the same bytes.
 */
public final class RegisterNamespaceTransactionCodec implements TransactionCodec<RegisterNamespaceTransaction> {

    @Override
    public RegisterNamespaceTransaction decode(BinaryReader body, int version) {
        requireKnown(version);
        int type = body.readU8("NamespaceType");
        long durationOrParentId = body.readI64("Duration");
        NamespaceId id = new NamespaceId(body.readI64("NamespaceId"));
        int nameSize = body.readU8("NamespaceNameSize");
        String name = new String(body.readBytes(nameSize, "Name"), StandardCharsets.ISO_8859_1);
        return new RegisterNamespaceTransaction(type, durationOrParentId, id, name);
    }

    @Override
    public void encode(RegisterNamespaceTransaction transaction, BinaryWriter out, int version) {
        requireKnown(version);
        byte[] name = transaction.name().getBytes(StandardCharsets.ISO_8859_1);
        out.writeU8(transaction.namespaceType());
        out.writeI64(transaction.durationOrParentId());
        out.writeI64(transaction.namespaceId().value());
        out.writeU8(name.length);
        out.writeBytes(name);
    }

    private static void requireKnown(int version) {
        if (version != NamespaceTypes.REGISTER_NAMESPACE_VERSION) {
            throw new DecodeException("Register_Namespace version " + version + " has no known layout");
        }
    }
}
