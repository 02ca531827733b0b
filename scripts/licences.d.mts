export interface ShippedPackage {
  name: string;
  version: string;
  /** As the package's package.json states it, usually an SPDX expression. */
  licence: string;
  /** 'dependency', or what a build-time package contributes to the build. */
  why: string;
}
export const SHIPPED_BY_BUILD: Record<string, string>;
export function shippedPackages(root?: string): ShippedPackage[];
export function markdownTable(packages: ShippedPackage[]): string;
