package io.sirius.plugin.metadata.internal.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.PublicKey;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.plugin.metadata.model.MetadataForm;
import io.sirius.plugin.metadata.model.MetadataTransaction;
import io.sirius.plugin.metadata.model.MetadataTypes;
import java.util.Objects;

/**
 * Reads and writes the body of one metadata_v2 form, version 1 (the layouts of Sirius's {@code MetadataTransactionBody}
 * and {@code ExtendedMetadataTransactionBody}):
 * <pre>
 * TargetKey 32 | ScopedMetadataKey u64 | [TargetMosaicId or TargetNamespaceId u64] | [IsValueImmutable u8] |
 * ValueSizeDelta i16 | ValueSize u16 | Value (ValueSize bytes)
 * </pre>
 * The target id is present in the mosaic and namespace forms, the flag in the extended ones. A ValueSize larger than
 * what remains is refused before anything is allocated; the flag must be 0 or 1 (a C++ bool on the wire: any other
 * byte would not write back the same).
 */
public final class MetadataTransactionCodec implements TransactionCodec<MetadataTransaction> {
    private final MetadataForm form;

    /**
     * @param form the type this codec reads and writes
     */
    public MetadataTransactionCodec(MetadataForm form) {
        this.form = Objects.requireNonNull(form, "form");
    }

    @Override
    public MetadataTransaction decode(BinaryReader body, int version) {
        requireKnown(version);
        PublicKey targetKey = PublicKey.of(body.readBytes(PublicKey.SIZE, "TargetKey"));
        long scopedKey = body.readI64("ScopedMetadataKey");
        long targetId = form.hasTargetId() ? body.readI64(targetIdName()) : 0;
        boolean immutable = false;
        if (form.extended()) {
            int flag = body.readU8("IsValueImmutable");
            if (flag > 1) {
                throw new DecodeException("IsValueImmutable is " + flag + ", not 0 or 1");
            }
            immutable = flag == 1;
        }
        int delta = (short) body.readU16("ValueSizeDelta");
        int valueSize = body.readU16("ValueSize");
        byte[] value = body.readBytes(valueSize, "Value");
        return new MetadataTransaction(targetKey, scopedKey, targetId, delta, value, immutable);
    }

    @Override
    public void encode(MetadataTransaction transaction, BinaryWriter out, int version) {
        requireKnown(version);
        if (!form.hasTargetId() && transaction.targetId() != 0) {
            throw new IllegalArgumentException(form.siriusName() + " has no target id, yet " + transaction.targetId() + " is set");
        }
        if (!form.extended() && transaction.immutable()) {
            throw new IllegalArgumentException(form.siriusName() + " has no immutability flag");
        }
        out.writeBytes(transaction.targetKey().bytes());
        out.writeI64(transaction.scopedMetadataKey());
        if (form.hasTargetId()) {
            out.writeI64(transaction.targetId());
        }
        if (form.extended()) {
            out.writeU8(transaction.immutable() ? 1 : 0);
        }
        out.writeU16(transaction.valueSizeDelta());
        out.writeU16(transaction.valueSize());
        out.writeBytes(transaction.value());
    }

    private String targetIdName() {
        return switch (form.target()) {
            case MOSAIC -> "TargetMosaicId";
            case NAMESPACE -> "TargetNamespaceId";
            case ACCOUNT -> throw new IllegalStateException("account metadata has no target id");
        };
    }

    private void requireKnown(int version) {
        if (version != MetadataTypes.VERSION) {
            throw new DecodeException(form.siriusName() + " version " + version + " has no known layout");
        }
    }
}
