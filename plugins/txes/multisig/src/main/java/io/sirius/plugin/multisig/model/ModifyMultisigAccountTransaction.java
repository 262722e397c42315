package io.sirius.plugin.multisig.model;

import io.sirius.api.model.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The body of a Modify_Multisig_Account (0x4155, version 3): {@code MinRemovalDelta i8 | MinApprovalDelta i8 |
 * ModificationsCount u8 | modifications}. The signer is the multisig account being modified (or made multisig).
 *
 * @param minRemovalDelta the change of the number of cosignatories needed to remove one, -128 to 127
 * @param minApprovalDelta the change of the number of cosignatories needed to approve a transaction, -128 to 127
 * @param modifications the cosignatory modifications, in wire order, at most 255
 */
public record ModifyMultisigAccountTransaction(int minRemovalDelta, int minApprovalDelta,
        List<CosignatoryModification> modifications) {

    /** Checks the ranges and copies the list. */
    public ModifyMultisigAccountTransaction {
        modifications = List.copyOf(modifications);
        if (minRemovalDelta < Byte.MIN_VALUE || minRemovalDelta > Byte.MAX_VALUE
                || minApprovalDelta < Byte.MIN_VALUE || minApprovalDelta > Byte.MAX_VALUE) {
            throw new IllegalArgumentException("deltas are int8, not " + minRemovalDelta + " and " + minApprovalDelta);
        }
        if (modifications.size() > 0xFF) {
            throw new IllegalArgumentException("at most 255 modifications, not " + modifications.size());
        }
    }

    /** @return the cosignatories it adds, each once, in wire order */
    public List<PublicKey> addedCosignatories() {
        Set<PublicKey> added = new LinkedHashSet<>();
        for (CosignatoryModification modification : modifications) {
            if (modification.isAdd()) {
                added.add(modification.cosignatory());
            }
        }
        return new ArrayList<>(added);
    }
}
