package io.sirius.plugin.multisig.internal.validators;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.model.PublicKey;
import io.sirius.plugin.multisig.internal.config.MultisigConfig;
import io.sirius.plugin.multisig.internal.plugin.ModifyMultisigAccountTransactionCodec;
import io.sirius.plugin.multisig.model.CosignatoryModification;
import io.sirius.plugin.multisig.model.ModifyMultisigAccountTransaction;
import io.sirius.plugin.multisig.model.MultisigTypes;
import io.sirius.plugin.multisig.state.MultisigEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who must approve an embedded transaction, and how many of a multisig account's cosignatories must.
 *
 * <p>Its signer always; for a Modify_Multisig_Account with {@code newCosignersMustApprove}, also the cosignatories it
 * adds (Sirius's {@code ExtractAdditionalRequiredCosigners}). Sirius asks every embedded type's plugin for such
 * additional cosigners; the plugin API has no such question yet, so only this family's own type adds any (Sirius's
 * metadata_v2 types would too).
 */
final class CosignerRequirements {

    /** Which minimum of a multisig account applies (Sirius's {@code OperationType}). */
    enum Operation {
        /** Anything but removals: the approval minimum. */
        NORMAL,
        /** Removals only: the removal minimum. */
        REMOVAL,
        /** Removals and additions: the larger of the two. */
        MAX;

        /**
         * @param entry a multisig account
         * @return how many of its cosignatories must approve
         */
        int minimum(MultisigEntry entry) {
            switch (this) {
                case REMOVAL:
                    return entry.minRemoval();
                case MAX:
                    return Math.max(entry.minRemoval(), entry.minApproval());
                default:
                    return entry.minApproval();
            }
        }
    }

    private CosignerRequirements() {
    }

    /**
     * @param transaction an embedded transaction
     * @param config the multisig settings in force
     * @return the accounts that must approve it: its signer, then any cosignatories it adds, each once
     */
    static Set<PublicKey> required(EmbeddedTransaction transaction, MultisigConfig config) {
        Set<PublicKey> required = new LinkedHashSet<>();
        required.add(transaction.header().signer());
        if (config.newCosignersMustApprove()) {
            modification(transaction).ifPresent(m -> required.addAll(m.addedCosignatories()));
        }
        return required;
    }

    /**
     * @param transaction an embedded transaction
     * @return which minimum applies to the multisig accounts approving it
     */
    static Operation operation(EmbeddedTransaction transaction) {
        Optional<ModifyMultisigAccountTransaction> modification = modification(transaction);
        if (modification.isEmpty()) {
            return Operation.NORMAL;
        }
        boolean adds = false;
        boolean deletes = false;
        for (CosignatoryModification m : modification.get().modifications()) {
            adds |= m.isAdd();
            deletes |= m.isDelete();
        }
        return deletes ? adds ? Operation.MAX : Operation.REMOVAL : Operation.NORMAL;
    }

    /**
     * @param transactions embedded transactions
     * @param config the multisig settings in force
     * @return the accounts that must approve any of them, each once
     */
    static List<PublicKey> required(List<EmbeddedTransaction> transactions, MultisigConfig config) {
        Set<PublicKey> required = new LinkedHashSet<>();
        for (EmbeddedTransaction transaction : transactions) {
            required.addAll(required(transaction, config));
        }
        return new ArrayList<>(required);
    }

    private static Optional<ModifyMultisigAccountTransaction> modification(EmbeddedTransaction transaction) {
        if (!transaction.header().type().equals(MultisigTypes.MODIFY_MULTISIG_ACCOUNT)) {
            return Optional.empty();
        }
        BinaryReader reader = BinaryReader.of(transaction.body());
        ModifyMultisigAccountTransaction body = new ModifyMultisigAccountTransactionCodec().decode(reader,
                transaction.header().version().version());
        reader.requireExhausted("Modify_Multisig_Account body");
        return Optional.of(body);
    }
}
