package io.sirius.plugin.property.internal.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.plugin.property.model.PropertyModification;
import io.sirius.plugin.property.model.PropertyTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes a property transaction body, version 1: {@code PropertyType u8 | ModificationsCount u8 |
 * (ModificationType u8, Value) x ModificationsCount}, the value 25 (address), 8 (mosaic id) or 2 (transaction type)
 * bytes. Type bytes are kept raw; validators judge them.
 *
 * @param <V> the type of the values
 * @param <T> the body
 */
public final class PropertyTransactionCodec<V, T extends PropertyTransaction<V>> implements TransactionCodec<T> {
    private final ValueKind<V, T, ?, ?> kind;

    /**
     * @param kind the kind of values
     */
    public PropertyTransactionCodec(ValueKind<V, T, ?, ?> kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    @Override
    public T decode(BinaryReader body, int version) {
        int propertyType = body.readU8("PropertyType");
        int count = body.checkCount(body.readU8("ModificationsCount"), 1 + kind.size(), "Modifications");
        List<PropertyModification<V>> modifications = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int type = body.readU8("ModificationType");
            modifications.add(new PropertyModification<>(type, kind.read(body)));
        }
        return kind.body(propertyType, modifications);
    }

    @Override
    public void encode(T transaction, BinaryWriter out, int version) {
        out.writeU8(transaction.propertyType());
        out.writeU8(transaction.modifications().size());
        for (PropertyModification<V> modification : transaction.modifications()) {
            out.writeU8(modification.type());
            kind.write(modification.value(), out);
        }
    }
}
