package io.sirius.plugin.multisig.model;

import io.sirius.api.model.PublicKey;
import java.util.Objects;

/**
 * One modification of a multisig account's cosignatories: {@code ModificationType u8 | CosignatoryPublicKey 32}.
 *
 * @param type the modification type byte as on the wire: {@link CosignatoryModificationType#ADD} (0),
 *     {@link CosignatoryModificationType#DEL} (1), or any other byte, which validation refuses
 * @param cosignatory the cosignatory's public key
 */
public record CosignatoryModification(int type, PublicKey cosignatory) {
    /** The size on the wire. */
    public static final int SIZE = 1 + PublicKey.SIZE;

    /** Checks the arguments. */
    public CosignatoryModification {
        Objects.requireNonNull(cosignatory, "cosignatory");
        if (type < 0 || type > 0xFF) {
            throw new IllegalArgumentException("a modification type is a byte, not " + type);
        }
    }

    /**
     * @param type the modification
     * @param cosignatory the cosignatory
     * @return the modification
     */
    public static CosignatoryModification of(CosignatoryModificationType type, PublicKey cosignatory) {
        return new CosignatoryModification(type.code(), cosignatory);
    }

    /** @return whether it adds the cosignatory */
    public boolean isAdd() {
        return type == CosignatoryModificationType.ADD.code();
    }

    /** @return whether it removes the cosignatory */
    public boolean isDelete() {
        return type == CosignatoryModificationType.DEL.code();
    }
}
