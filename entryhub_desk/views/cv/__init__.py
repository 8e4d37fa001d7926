"""The CV screen: preview, print and save of one person's CV, and batches of CVs."""
