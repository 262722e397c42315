package io.sirius.plugin.multisig.internal.rest;

import io.sirius.api.rest.TransactionJson;
import io.sirius.plugin.multisig.model.CosignatoryModification;
import io.sirius.plugin.multisig.model.ModifyMultisigAccountTransaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Modify_Multisig_Account as js-xpx-chain-rest shows it and the SDK's {@code CreateTransactionFromDTO} reads it:
 * {@code minRemovalDelta} and {@code minApprovalDelta} (signed numbers), {@code modifications} ({@code type} 0 add or
 * 1 delete, {@code cosignatoryPublicKey} in hex), in wire order.
 */
public final class ModifyMultisigAccountTransactionJson implements TransactionJson<ModifyMultisigAccountTransaction> {

    @Override
    public Map<String, Object> write(ModifyMultisigAccountTransaction transaction, int version) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("minRemovalDelta", transaction.minRemovalDelta());
        json.put("minApprovalDelta", transaction.minApprovalDelta());
        List<Map<String, Object>> modifications = new ArrayList<>();
        for (CosignatoryModification modification : transaction.modifications()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", modification.type());
            m.put("cosignatoryPublicKey", modification.cosignatory().toHex());
            modifications.add(m);
        }
        json.put("modifications", modifications);
        return json;
    }
}
