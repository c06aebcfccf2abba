// Moves focus to the error summary after a refused form, so keyboard and screen-reader users hear what went wrong.
document.addEventListener('DOMContentLoaded', () => {
  const summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
});
