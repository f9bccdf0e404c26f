/** Debian's Chromium through playwright-core; no test tool downloads a browser here. */
import { chromium, type Browser } from 'playwright-core';
import { existsSync } from 'node:fs';

export function chromePath(): string {
	const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
	const found = candidates.find((path): path is string => !!path && existsSync(path));
	if (!found)
		throw new Error(
			'No Chromium found at CHROME_PATH or /usr/bin/chromium: install Debian’s chromium package (apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium binary.',
		);
	return found;
}

export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromePath(),
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
	});
}
