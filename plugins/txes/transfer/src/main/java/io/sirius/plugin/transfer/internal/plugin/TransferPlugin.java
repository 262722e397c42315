package io.sirius.plugin.transfer.internal.plugin;

import io.sirius.api.plugin.PluginRegistrar;
import io.sirius.api.plugin.SiriusPlugin;
import io.sirius.api.plugin.TransactionDescriptor;
import io.sirius.api.plugin.TransactionPlugin;
import io.sirius.plugin.transfer.internal.config.TransferConfig;
import io.sirius.plugin.transfer.internal.validators.TransferMessageValidator;
import io.sirius.plugin.transfer.internal.validators.TransferMosaicsValidator;
import io.sirius.plugin.transfer.internal.validators.TransferResults;
import io.sirius.plugin.transfer.model.TransferTransaction;
import io.sirius.plugin.transfer.model.TransferTypes;
import org.osgi.service.component.annotations.Component;

/**
 * The transfer family: mosaics and a message sent to an address or namespace alias.
 */
@SiriusPlugin(value = "transfer", types = "0x4154")
@Component(service = TransactionPlugin.class)
public final class TransferPlugin implements TransactionPlugin {

    @Override
    public String name() {
        return "transfer";
    }

    @Override
    public void register(PluginRegistrar registrar) {
        registrar.config(TransferConfig.SECTION);
        registrar.transaction(new TransactionDescriptor<>("Transfer", TransferTypes.TRANSFER, TransferTypes.TRANSFER_VERSION,
                TransferTypes.TRANSFER_VERSION, true, TransferTransaction.class, new TransferTransactionCodec(),
                new TransferTransactionHandler()));
        registrar.transactionJson(TransferTypes.TRANSFER, new TransferTransactionJson());
        registrar.results(TransferResults.values());
        registrar.statelessValidator(new TransferMessageValidator());
        registrar.statelessValidator(new TransferMosaicsValidator());
    }
}
