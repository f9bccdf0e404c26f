/**
 * Copy buttons: `data-copy-target` copies the text of the element with that id;
 * `data-copy-url` copies the current address (the URL is also shown as text, which is the
 * fallback without JavaScript or clipboard access). Buttons are rendered hidden and shown here.
 * Copy links: `a[data-copy-link]` is a link to an anchor of the page (an event's session); it is
 * followed as usual, which puts that address in the address bar, and here its full address is
 * also copied.
 */
async function copy(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

function wire(button: HTMLButtonElement): void {
	button.hidden = false;
	const label = button.innerHTML;
	button.addEventListener('click', async () => {
		const target = button.dataset.copyTarget ? document.getElementById(button.dataset.copyTarget) : null;
		const text = button.hasAttribute('data-copy-url') ? window.location.href : (target?.textContent ?? '');
		if (await copy(text)) {
			button.textContent = button.dataset.copied ?? '';
			window.setTimeout(() => (button.innerHTML = label), 2000);
		} else if (target) {
			// No clipboard (permissions, old browser): select the text so the user can copy it.
			window.getSelection()?.selectAllChildren(target);
		}
	});
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target], button[data-copy-url]')) wire(button);

for (const anchor of document.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')) {
	const label = anchor.innerHTML;
	anchor.addEventListener('click', async () => {
		if (!(await copy(anchor.href))) return;
		anchor.textContent = anchor.dataset.copied ?? '';
		window.setTimeout(() => (anchor.innerHTML = label), 2000);
	});
}

/** Keeps the shown address in step with the URL as search and compare views change it. */
function showCurrentUrl(): void {
	for (const input of document.querySelectorAll<HTMLInputElement>('input[data-current-url]')) input.value = window.location.href;
}
showCurrentUrl();
window.addEventListener('popstate', showCurrentUrl);
window.addEventListener('kb-url-change', showCurrentUrl);
