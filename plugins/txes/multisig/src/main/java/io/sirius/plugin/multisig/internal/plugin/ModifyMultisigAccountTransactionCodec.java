package io.sirius.plugin.multisig.internal.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.model.PublicKey;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.plugin.multisig.model.CosignatoryModification;
import io.sirius.plugin.multisig.model.ModifyMultisigAccountTransaction;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes the Modify_Multisig_Account body: {@code MinRemovalDelta i8 | MinApprovalDelta i8 |
 * ModificationsCount u8 | (ModificationType u8, CosignatoryPublicKey 32) x ModificationsCount}. Any modification type
 * byte decodes; validation refuses those other than add and delete, as Sirius does.
 */
public final class ModifyMultisigAccountTransactionCodec implements TransactionCodec<ModifyMultisigAccountTransaction> {

    @Override
    public ModifyMultisigAccountTransaction decode(BinaryReader body, int version) {
        int minRemovalDelta = (byte) body.readU8("MinRemovalDelta");
        int minApprovalDelta = (byte) body.readU8("MinApprovalDelta");
        int count = body.checkCount(body.readU8("ModificationsCount"), CosignatoryModification.SIZE, "Modifications");
        List<CosignatoryModification> modifications = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int type = body.readU8("ModificationType");
            modifications.add(new CosignatoryModification(type, PublicKey.of(body.readBytes(PublicKey.SIZE,
                    "CosignatoryPublicKey"))));
        }
        return new ModifyMultisigAccountTransaction(minRemovalDelta, minApprovalDelta, modifications);
    }

    @Override
    public void encode(ModifyMultisigAccountTransaction transaction, BinaryWriter out, int version) {
        out.writeU8(transaction.minRemovalDelta());
        out.writeU8(transaction.minApprovalDelta());
        out.writeU8(transaction.modifications().size());
        for (CosignatoryModification modification : transaction.modifications()) {
            out.writeU8(modification.type());
            out.writeBytes(modification.cosignatory().bytes());
        }
    }
}
