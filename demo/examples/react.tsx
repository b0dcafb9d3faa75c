// React 18/19: `npm install dodo-checkout react react-dom`.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { DodoCheckout } from 'dodo-checkout/react';

function Checkout() {
  const [quantity, setQuantity] = useState(1);
  const [paymentId, setPaymentId] = useState('');
  return (
    <main>
      <button type="button" onClick={() => setQuantity((count) => count + 1)}>
        Add a bag ({quantity})
      </button>
      <DodoCheckout
        endpoint="/api/payments"
        currency="USD"
        theme="auto"
        cart={[{ product_id: 'pdt_espresso_beans', quantity, name: 'Espresso beans, 1 kg', price: 2400 }]}
        onPaymentCreated={(event) => setPaymentId(event.detail.response.payment_id)}
        onError={(event) => console.warn(event.detail.kind, event.detail.message)}
      />
      {paymentId && <p>Payment {paymentId} created.</p>}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Checkout />);
