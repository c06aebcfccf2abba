// Passkeys (WebAuthn) as progressive enhancement: the buttons stay hidden where the browser cannot use them.
// A button with data-passkey="create" or "get" asks the server for options (POST to data-options, with the
// page's anti-forgery token), lets the browser create or use a passkey, and submits the credential in the
// hidden field data-credential of its form.
(() => {
  const supported = window.PublicKeyCredential
    && typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function'
    && typeof PublicKeyCredential.parseRequestOptionsFromJSON === 'function';

  document.addEventListener('DOMContentLoaded', () => {
    for (const button of document.querySelectorAll('[data-passkey]')) {
      if (!supported) {
        continue;
      }
      button.closest('[data-passkey-area]')?.removeAttribute('hidden');
      button.addEventListener('click', async () => {
        const form = button.closest('form');
        const token = form.querySelector('input[name="__RequestVerificationToken"]').value;
        const error = document.getElementById(button.dataset.error);
        try {
          const response = await fetch(button.dataset.options, {
            method: 'POST',
            headers: { 'RequestVerificationToken': token },
            credentials: 'same-origin',
          });
          if (!response.ok) {
            throw new Error(`options: ${response.status}`);
          }
          const options = await response.json();
          const credential = button.dataset.passkey === 'create'
            ? await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(options) })
            : await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(options) });
          form.querySelector(`input[name="${button.dataset.credential}"]`).value = JSON.stringify(credential);
          form.submit();
        } catch (e) {
          if (error) {
            error.hidden = false;
            error.focus();
          }
        }
      });
    }
  });
})();
